import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";

/** Screenshots for the reviewer's eyes only (not docs): KURS_SCREENSHOTS_DIR=/tmp/… */
async function shot(page: import("@playwright/test").Page, name: string) {
  const dir = process.env.KURS_SCREENSHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test.describe("Ansichten der Maßnahmen", () => {
  test("timeline: bars by field as SVG, each measure a keyboard-reachable link", async ({
    page,
  }) => {
    // Signed in: anonymous readers see only measures marked public (none in the seed).
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/massnahmen");
    await page.getByRole("link", { name: "Zeitleiste" }).click();
    await expect(kurs.heading).toHaveText("Zeitleiste");
    const fields = page.getByTestId("gantt-field");
    await expect(fields.first()).toBeVisible();
    await expect(fields.first().getByRole("heading", { level: 2 })).toHaveText(/^\d+ /);
    // Measures without dates have no bar; take the first one that has.
    const bar = page.getByTestId("gantt-bar").locator("rect").first();
    await expect(bar).toHaveAttribute("x", /%$/);
    await expect(bar).toHaveAttribute("width", /%$/);
    await expectNoAxeViolations(page);
    await shot(page, "zeitleiste");

    const firstLink = page.getByTestId("gantt-row").first().getByRole("link");
    const title = (await firstLink.textContent()) ?? "";
    await firstLink.focus();
    await expect(firstLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(kurs.heading).toHaveText(title);
  });

  test("by municipality: counts per status link to the filtered list", async ({ page }) => {
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/massnahmen/gemeinden");
    await expect(page.getByTestId("municipality-row")).toHaveCount(13);
    await page.getByLabel("Art", { exact: true }).selectOption({ label: "Stadt" });
    await expect(page).toHaveURL(/kind=city/);
    await expect(page.getByTestId("municipality-row")).toHaveCount(3);
    await page.getByLabel("Art", { exact: true }).selectOption({ label: "alle" });
    await page.getByLabel("Sortieren nach").selectOption({ label: "Anzahl der Maßnahmen" });
    await expectNoAxeViolations(page);
    await shot(page, "gemeinden");
    const top = page.getByTestId("municipality-row").first();
    const place = (await top.locator("th").textContent()) ?? "";
    const total = top.locator("td").last().getByRole("link");
    const n = Number(await total.textContent());
    expect(n).toBeGreaterThan(0);
    await total.click();
    await expect(page).toHaveURL(/\/massnahmen\?municipality=/);
    await expect(page.getByTestId("measure-row")).toHaveCount(Math.min(n, 25));
    await expect(page.getByLabel("Gemeinde")).toHaveValue(/[0-9a-f-]{36}/);
    expect(place).not.toBe("");
  });

  test("partners: create (a refusal keeps the input), edit, find by kind; the page lists measures", async ({
    page,
  }) => {
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/partner");
    await expect(page.getByTestId("partner-row").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, "partner-liste");
    await page.getByRole("link", { name: "Neuen Partner anlegen" }).click();
    const name = `Jobcenter Testhausen ${Date.now()}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Art", { exact: true }).selectOption({ label: "Jobcenter" });
    await page.getByLabel(/E-Mail/).fill("keine-adresse");
    await page.getByRole("button", { name: "Partner speichern" }).click();
    await expect(page.locator("#contactEmail-error")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
    await expectNoAxeViolations(page);
    await shot(page, "partner-formular-fehler");
    await page.getByLabel(/E-Mail/).fill("integration@jobcenter.example");
    await page.getByRole("button", { name: "Partner speichern" }).click();
    await expect(kurs.heading).toHaveText(name);
    await expect(page.getByTestId("partner-detail")).toContainText("integration@jobcenter.example");

    await page.getByRole("link", { name: "Partner bearbeiten" }).click();
    await page.getByLabel(/Ansprechperson/).fill("Team Integration");
    await page.getByRole("button", { name: "Partner speichern" }).click();
    await expect(page.getByTestId("partner-detail")).toContainText("Team Integration");

    await kurs.open("/partner");
    await page.getByLabel("Art", { exact: true }).selectOption({ label: "Jobcenter" });
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/kind=jobcenter/);
    await expect(page.getByTestId("partner-row").filter({ hasText: name })).toHaveCount(1);
    await expect(page.getByTestId("partner-row").filter({ hasNotText: "Jobcenter" })).toHaveCount(
      0,
    );
  });

  test("XLSX import: a bad row is listed by row and column; nothing is imported", async ({
    page,
  }) => {
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/massnahmen");
    const caption = page.getByTestId("measure-table").locator("caption");
    const before = await caption.textContent();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Maßnahmen");
    sheet.addRow(["Titel", "Handlungsfeld", "Handlungsempfehlung", "Maßnahmenart", "Beginn"]);
    sheet.addRow([
      "Lernwerkstatt",
      "Wohnen",
      "Sprachkurse wohnortnah und mit Kinderbetreuung anbieten",
      "Sprachkurs",
      "31.02.2025",
    ]);
    await page.getByLabel("Datei (CSV oder XLSX)").setInputFiles({
      name: "massnahmen.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const problems = page.getByTestId("import-problems");
    await expect(problems).toContainText("Handlungsfeld");
    await expect(problems).toContainText("Dieses Datum gibt es nicht");
    await expect(page.getByRole("button", { name: "Alle Zeilen importieren" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, "import-xlsx");
    await kurs.open("/massnahmen");
    await expect(caption).toHaveText(before ?? "");
  });
});
