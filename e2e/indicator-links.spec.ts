import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await new KursPage(page).open("/");
  const response = await page.request.post("/api/v1/auth/login", {
    data: { email: account.email, password: account.password },
    headers: { origin: new URL(page.url()).origin },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

const shots = process.env.KURS_SCREENSHOTS === "1";

test.describe("Kennzahlen: Erfassungslinks und Import", () => {
  // Several pages, axe on each, on a shared machine: more than the default 30 s.
  test.describe.configure({ timeout: 180_000 });
  test("the office creates a link, a partner enters a value without an account, it shows as a draft", async ({
    page,
    browser,
  }) => {
    const year = new Date().getFullYear();
    // An indicator no other spec touches (indicators.spec.ts counts the drafts of b1-abschluesse).
    const name = "Teilnehmende an Integrationskursen";
    const period = `${year}-Q3`;
    await signIn(page, e2eAccounts.coordinator);
    const kurs = new KursPage(page);
    await kurs.open("/kennzahlen");
    await page.getByRole("link", { name: "Erfassungslinks verwalten" }).click();
    await expect(kurs.heading).toHaveText("Erfassungslinks");
    await expect(page.locator(".kurs-loading")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Refused first (no partner): the form names the field and keeps what was typed.
    await page.getByLabel(name, { exact: true }).check();
    await page.getByLabel("Gültig bis").fill(`${year + 1}-12-31`);
    await page.getByLabel("Notiz").fill("Quartalsmeldung VHS");
    await page.getByRole("button", { name: "Erfassungslink anlegen" }).click();
    await expect(page.locator("#link-partner-error")).toBeVisible();
    await expect(page.getByLabel("Notiz")).toHaveValue("Quartalsmeldung VHS");
    await expect(page.getByLabel(name, { exact: true })).toBeChecked();

    await page
      .getByLabel("Partnerorganisation")
      .selectOption({ label: e2eAccounts.partner.partner });
    await page.getByLabel("Zeiträume").fill(period);
    await page.getByRole("button", { name: "Erfassungslink anlegen" }).click();
    const address = page.getByTestId("created-link-url");
    await expect(address).toHaveValue(/\/kennzahlen\/melden\/[A-Za-z0-9_-]{20,}$/);
    const url = await address.inputValue();
    await expect(page.getByTestId("link-table")).toContainText(e2eAccounts.partner.partner);
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: "/tmp/indicator-links.png", fullPage: true });

    // A fresh browser without a session opens the link and enters a value.
    const anonymous = await browser.newContext();
    const guest = await anonymous.newPage();
    await guest.goto(url);
    const guestPage = new KursPage(guest);
    await guestPage.heading.waitFor();
    await expect(guestPage.heading).toContainText(e2eAccounts.partner.partner);
    await expect(guest.getByTestId("submission-form")).toContainText(name);
    await expectNoAxeViolations(guest);
    // A wrong value is refused, and what was typed stays.
    const input = guest.locator(`input[id$="-${period}"]`).first();
    await input.fill("-5");
    await guest.getByRole("button", { name: "Werte speichern" }).click();
    await expect(guest.locator(".kern-form-input--error")).toBeVisible();
    await expect(input).toHaveValue("-5");
    await input.fill("17");
    await guest.getByRole("button", { name: "Werte speichern" }).click();
    await expect(guest.getByText("1 Wert als Entwurf gespeichert.")).toBeVisible();
    await expectNoAxeViolations(guest);
    if (shots) await guest.screenshot({ path: "/tmp/indicator-submission.png", fullPage: true });
    await anonymous.close();

    // The office sees it as a draft on the indicator page.
    await kurs.open("/kennzahlen");
    await page.getByRole("link", { name: name, exact: true }).click();
    await expect(kurs.heading).toHaveText(name);
    const row = page
      .getByTestId("indicator-values")
      .locator("tr", { hasText: `3. Quartal ${year}` });
    await expect(row).toContainText("17");
    await expect(row).toContainText("Entwurf");
    await expect(row).toContainText(e2eAccounts.partner.partner);

    // Revoked, the link no longer opens.
    await kurs.open("/kennzahlen/erfassungslinks");
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("button", { name: /^Widerrufen\W+Volkshochschule/ })
      .first()
      .click();
    await expect(page.getByTestId("link-table")).toContainText("widerrufen");
  });

  test("the import page shows every problem by row and column, then imports all at once", async ({
    page,
  }) => {
    const year = new Date().getFullYear();
    await signIn(page, e2eAccounts.coordinator);
    const kurs = new KursPage(page);
    await kurs.open("/kennzahlen/import");
    await expectNoAxeViolations(page);
    const file = (body: string) => ({
      name: "werte.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(body, "utf8"),
    });
    await page
      .getByLabel("Datei (CSV oder XLSX)")
      .setInputFiles(
        file(
          `Kennzahl;Zeitraum;Wert\nintegrationskurs-plaetze;${year}-Q4;zwölf\nunbekannt;${year}-Q4;3\n`,
        ),
      );
    const preview = page.getByTestId("import-preview-table");
    await expect(preview).toBeVisible();
    await expect(page.getByText("2 Zeilen haben Probleme")).toBeVisible();
    await expect(preview.locator(".kurs-cell-invalid")).toHaveCount(2);
    await expect(page.getByRole("button", { name: /importieren/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: "/tmp/indicator-import.png", fullPage: true });

    await page
      .getByLabel("Datei (CSV oder XLSX)")
      .setInputFiles(file(`Kennzahl;Zeitraum;Wert\nintegrationskurs-plaetze;${year}-Q4;8\n`));
    await expect(page.getByText("Die Datei ist fehlerfrei.")).toBeVisible();
    await page.getByRole("button", { name: "1 Zeile importieren" }).click();
    await expect(page.getByText("1 Wert als Entwurf importiert.")).toBeVisible();
  });
});
