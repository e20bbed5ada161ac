import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";

// Shares its server with the other specs: only indicators it creates itself (unique keys) are
// changed; the seeded catalogue (e.g. b1-abschluesse, used by indicators.spec.ts) stays as it is.
const stamp = Date.now();
const shots = Boolean(process.env.KURS_SCREENSHOTS);

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await new KursPage(page).open("/");
  const response = await page.request.post("/api/v1/auth/login", {
    data: { email: account.email, password: account.password },
    headers: { origin: new URL(page.url()).origin },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

/** A proposal of our own, as the starter catalogue would have it. */
async function createProposal(page: Page, key: string, name: string) {
  const response = await page.request.post("/api/v1/indicators", {
    data: {
      key,
      name,
      unit: "count",
      direction: "higherIsBetter",
      periodicity: "year",
      publishable: false,
      aggregation: "sum",
      isProposal: true,
    },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test.describe("Kennzahlen verwalten", () => {
  test("the office creates an indicator by form, edits it, adopts and drops proposals", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, e2eAccounts.coordinator);
    const adoptName = `E2E-Vorschlag übernehmen ${stamp}`;
    const dropName = `E2E-Vorschlag verwerfen ${stamp}`;
    await createProposal(page, `e2e-uebernehmen-${stamp}`, adoptName);
    await createProposal(page, `e2e-verwerfen-${stamp}`, dropName);

    // From the catalogue to the management page.
    const kurs = new KursPage(page);
    await kurs.open("/kennzahlen");
    await page.getByRole("link", { name: /Kennzahlen verwalten/ }).click();
    await expect(kurs.heading).toHaveText("Kennzahlen verwalten");
    const adoptRow = page.getByTestId(`definition-row-e2e-uebernehmen-${stamp}`);
    await expect(adoptRow).toContainText("Vorschlag");
    await expect(page.getByTestId("definition-row-b1-abschluesse")).toContainText("Vorschlag");
    await expectNoAxeViolations(page);
    if (shots) {
      await page.screenshot({ path: "/tmp/indicator-definitions.png", fullPage: true });
      await page
        .getByTestId("definition-table")
        .locator("tr")
        .nth(1)
        .screenshot({ path: "/tmp/indicator-definitions-row.png" });
    }

    // A new indicator: first with a malformed key.
    await page.getByRole("link", { name: "Neue Kennzahl anlegen" }).click();
    await expect(kurs.heading).toHaveText("Neue Kennzahl");
    const name = `E2E-Kennzahl ${stamp}`;
    await page.getByLabel("Schlüssel").fill("Kein gültiger Schlüssel");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Beschreibung").fill("Anteil der Teilnehmenden mit Abschluss.");
    await page.getByLabel("Einheit").selectOption({ label: "Prozent" });
    await page.getByLabel("Richtung").selectOption({ label: "niedriger ist besser" });
    await page.getByLabel("Periodizität").selectOption({ label: "vierteljährlich" });
    await page.getByLabel("Quelle").fill("Jobcenter");
    await page.getByLabel("Handlungsfeld", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Handlungsziel").selectOption({ index: 1 });
    await page.getByLabel("Zusammenfassung über Gemeinden und Zeiträume").selectOption("mean");
    await page.getByLabel("Darf veröffentlicht werden").check();
    await page.getByRole("button", { name: "Kennzahl speichern" }).click();

    const key = page.getByLabel("Schlüssel");
    await expect(key).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#key-error")).toContainText(
      "Nur Kleinbuchstaben, Ziffern und Bindestriche",
    );
    // Everything typed is still there.
    await expect(key).toHaveValue("Kein gültiger Schlüssel");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Einheit")).toHaveValue("percent");
    await expect(page.getByLabel("Richtung")).toHaveValue("lowerIsBetter");
    await expect(page.getByLabel("Quelle")).toHaveValue("Jobcenter");
    await expect(page.getByLabel("Darf veröffentlicht werden")).toBeChecked();
    await expectNoAxeViolations(page);
    if (shots)
      await page.screenshot({ path: "/tmp/indicator-definition-error.png", fullPage: true });

    // The summary above the form has the focus; its link leads to the field, by keyboard.
    const summaryLink = page.getByRole("link", { name: /^Schlüssel: Nur Kleinbuchstaben/ });
    await page.keyboard.press("Tab");
    await expect(summaryLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(key).toBeFocused();

    // Corrected, and sent by keyboard.
    const goodKey = `e2e-kennzahl-${stamp}`;
    await key.fill(goodKey);
    await key.press("Enter");
    await expect(kurs.heading).toHaveText("Kennzahlen verwalten");
    await expect(page.getByText(`„${name}“ gespeichert.`)).toBeVisible();
    const row = page.getByTestId(`definition-row-${goodKey}`);
    await expect(row).toContainText("übernommen");
    await expect(row).toContainText("Prozent");
    await expect(row).toContainText("vierteljährlich");

    // Edit it.
    await row.getByRole("link", { name: /^Bearbeiten/ }).click();
    await expect(kurs.heading).toHaveText("Kennzahl bearbeiten");
    await expect(page.getByLabel("Schlüssel")).toHaveValue(goodKey);
    await expect(page.getByLabel("Richtung")).toHaveValue("lowerIsBetter");
    await page.getByLabel("Name", { exact: true }).fill(`${name} geändert`);
    await page.getByLabel("Periodizität").selectOption({ label: "jährlich" });
    await page.getByRole("button", { name: "Kennzahl speichern" }).click();
    await expect(page.getByText(`„${name} geändert“ gespeichert.`)).toBeVisible();
    await expect(row).toContainText(`${name} geändert`);
    await expect(row).toContainText("jährlich");
    const list = await (await page.request.get("/api/v1/indicators")).json();
    const saved = list.items.find((i: { key: string }) => i.key === goodKey);
    expect(saved).toMatchObject({
      unit: "percent",
      direction: "lowerIsBetter",
      periodicity: "year",
      aggregation: "mean",
      source: "Jobcenter",
      publishable: true,
      isProposal: false,
    });
    expect(saved.actionField).not.toBeNull();

    // Adopt one proposal, drop the other.
    await adoptRow.getByRole("button", { name: `Übernehmen: ${adoptName}` }).click();
    await expect(page.getByTestId("definition-status")).toHaveText(`„${adoptName}“ übernommen.`);
    await expect(adoptRow).toContainText("übernommen");
    await expect(adoptRow.getByRole("button", { name: /Übernehmen/ })).toHaveCount(0);

    const dropRow = page.getByTestId(`definition-row-e2e-verwerfen-${stamp}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await dropRow.getByRole("button", { name: `Verwerfen: ${dropName}` }).click();
    await expect(page.getByTestId("definition-status")).toHaveText(`„${dropName}“ verworfen.`);
    await expect(dropRow).toHaveCount(0);
    // The seeded catalogue is untouched.
    await expect(page.getByTestId("definition-row-b1-abschluesse")).toContainText("Vorschlag");
    await expectNoAxeViolations(page);
    if (shots)
      await page.screenshot({ path: "/tmp/indicator-definitions-after.png", fullPage: true });

    // A partner organisation may read indicators, not define them.
    await signIn(page, e2eAccounts.partner);
    await kurs.open("/kennzahlen/verwalten");
    await expect(page.getByText("Kennzahlen anlegen und bearbeiten darf nur")).toBeVisible();
    await expect(page.getByRole("button", { name: /Übernehmen/ })).toHaveCount(0);
  });
});
