import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { signInAsCoordinator } from "./pages/MeasurePages";
import { signInWithSecondFactor } from "./pages/secondFactor";

/**
 * The county's office keeps its municipalities on /landkreis/kommunen — adds one (a key
 * that is not 8 digits is refused at the field in German), renames it, retires it (the measure
 * form no longer offers it) and takes it back; a CSV with problems names every one and adds
 * nothing. A journey: it changes the municipality list.
 */
const shots = process.env.KURS_SHOTS;
async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("Kommunen des Landkreises", () => {
  test("add, refuse a wrong key at the field, edit, retire and take back, import with every problem named", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsCoordinator(page);
    await page.goto("/landkreis/kommunen");
    await expect(
      page.getByRole("heading", { level: 1, name: "Kommunen des Landkreises" }),
    ).toBeVisible();
    const table = page.getByTestId("municipality-table");
    await expect(table.getByRole("row")).toHaveCount(14);

    const form = page.getByRole("form", { name: "Kommune hinzufügen" });
    await form.getByLabel("Name", { exact: true }).fill("Neudorf");
    await form.getByLabel(/^Gemeindeschlüssel \(AGS\)/).fill("0335709");
    await form.getByRole("button", { name: "Kommune hinzufügen" }).click();
    await expect(page.locator("#municipality-ags-error")).toContainText(
      "Der Gemeindeschlüssel (AGS) hat genau 8 Ziffern.",
    );
    await expect(table.getByRole("row")).toHaveCount(14);
    await form.getByLabel(/^Gemeindeschlüssel \(AGS\)/).fill("03357099");
    await form.getByRole("button", { name: "Kommune hinzufügen" }).click();
    await expect(page.getByText("Neudorf ist gespeichert.")).toBeVisible();
    await expect(table.getByRole("row", { name: /Neudorf/ })).toContainText("03357099");

    await table.getByRole("button", { name: "Neudorf bearbeiten" }).click();
    const edit = page.getByRole("form", { name: "Neudorf bearbeiten" });
    await expect(edit.getByRole("heading", { name: "Neudorf bearbeiten" })).toBeFocused();
    await edit.getByLabel("Name", { exact: true }).fill("Neudorf (Wümme)");
    await edit.getByLabel("Art").selectOption("city");
    await edit.getByRole("button", { name: "Änderung speichern" }).click();
    const row = table.getByRole("row", { name: /Neudorf \(Wümme\)/ });
    await expect(row).toContainText("Stadt");

    await row.getByRole("button", { name: "Neudorf (Wümme) stilllegen" }).click();
    await expect(row).toContainText("stillgelegt seit");
    await expectNoAxeViolations(page);
    await shoot(page, "kommunen");
    await page.goto("/massnahmen/neu");
    await expect(page.getByRole("checkbox", { name: "Zeven" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Neudorf (Wümme)" })).toHaveCount(0);
    await page.goto("/landkreis/kommunen");
    await row.getByRole("button", { name: "Neudorf (Wümme) wieder aufnehmen" }).click();
    await expect(row).toContainText("in Gebrauch");
    await page.goto("/massnahmen/neu");
    await expect(page.getByRole("checkbox", { name: "Neudorf (Wümme)" })).toBeVisible();

    await page.goto("/landkreis/kommunen");
    await page.getByLabel(/^Datei \(CSV oder XLSX\)/).setInputFiles({
      name: "kommunen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Name;AGS\nAltdorf;03357201\nBergdorf;0335720\n;03357203\nZeven;\n"),
    });
    await page.getByRole("button", { name: "Importieren" }).click();
    const problems = page.getByTestId("municipality-import-problems");
    await expect(problems.getByRole("row")).toHaveCount(4);
    await expect(problems).toContainText("Der Gemeindeschlüssel (AGS) hat genau 8 Ziffern.");
    await expect(problems).toContainText("Der Name fehlt.");
    await expect(problems).toContainText("Diese Kommune gibt es schon");
    await expect(table.getByRole("row", { name: /Altdorf/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shoot(page, "kommunen-import");
  });

  test("the county's page and the legal page, as the admin sees them", async ({ page }) => {
    test.skip(!shots, "screenshots only (KURS_SHOTS)");
    test.setTimeout(120_000);
    await signInWithSecondFactor(page, e2eAccounts.admin);
    await page.goto("/landkreis");
    await expect(page.getByLabel(/^Nachbuchungen bis/)).toHaveValue("31.01.");
    await shoot(page, "landkreis");
    await page.goto("/impressum");
    await page
      .getByRole("textbox", { name: "Text", exact: true })
      .fill("Landkreis Rotenburg (Wümme)\nHopfengarten 2");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByText("Gespeichert.")).toBeVisible();
    await page.getByLabel(/^Sprache des Textes/).selectOption("uk");
    await expect(page.getByText("In dieser Sprache gibt es noch keinen Text")).toBeVisible();
    await shoot(page, "impressum");
    await page.goto("/konzept");
    await shoot(page, "konzept");
  });
});
