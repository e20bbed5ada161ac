import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { AccountPage } from "./pages/AccountPage";
import { expectNoAxeViolations, screenshotForDocs } from "./pages/axe";
import { SignInPage } from "./pages/SignInPage";

const { coordinator } = e2eAccounts;

test.describe("Anmeldung", () => {
  test("coordinator: wrong password first, then signs in, sees name and role, signs out", async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open("/konzept");
    await signIn.session.getByRole("link", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/anmelden\?next=%2Fkonzept$/);
    await expect(signIn.heading).toHaveText("Anmelden");
    await expect(page).toHaveTitle("Anmelden – Kurs – Landkreis Rotenburg (Wümme)");

    // Empty submit: the client names both fields.
    await signIn.submit.click();
    await expect(signIn.errorSummary).toBeFocused();
    await expect(signIn.email).toHaveAttribute("aria-invalid", "true");
    await expect(signIn.email).toHaveAttribute("aria-describedby", "login-email-error");
    await expect(page.locator("#login-email-error")).toHaveText(
      "Bitte geben Sie Ihre E-Mail-Adresse ein.",
    );

    await signIn.signIn(coordinator.email, "falsches-Passwort-123");
    await expect(signIn.errorSummary).toBeFocused();
    await expect(signIn.errorSummary).toContainText("E-Mail-Adresse oder Passwort ist falsch.");
    await expect(signIn.email).toHaveValue(coordinator.email);
    await expect(signIn.password).toHaveValue("");
    await screenshotForDocs(page, "anmelden");

    await signIn.password.fill(coordinator.password);
    await signIn.submit.click();
    await expect(page).toHaveURL(/\/konzept$/);
    await expect(signIn.session).toContainText(coordinator.name);
    await expect(signIn.session).toContainText("Koordinierung");
    await expect(signIn.mainNav.getByRole("link", { name: "Konten" })).toHaveCount(0);

    await signIn.session.getByRole("link", { name: "Konto" }).click();
    const account = new AccountPage(page);
    await expect(account.heading).toHaveText("Konto");
    await expect(account.main).toContainText(coordinator.email);
    await expect(page.getByTestId("totp-state")).toHaveText(
      "Der zweite Faktor ist für Ihr Konto noch nicht eingerichtet.",
    );
    await expectNoAxeViolations(page);

    // Password change: the repetition is checked here, the rules by the server.
    await page.getByLabel("Bisheriges Passwort").fill(coordinator.password);
    await page.getByLabel("Neues Passwort", { exact: true }).fill("zu-kurz");
    await page.getByLabel("Neues Passwort wiederholen").fill("etwas-anderes");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await expect(page.locator("#password-repeat-error")).toHaveText(
      "Die beiden Passwörter stimmen nicht überein.",
    );
    await page.getByLabel("Neues Passwort wiederholen").fill("zu-kurz");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await expect(page.locator("#password-new-error")).toContainText("mindestens 12 Zeichen");
    await expect(page.locator("#password-new")).toHaveAttribute("aria-invalid", "true");

    await signIn.signOut();
    await expect(page).toHaveURL(/\/$/);
    await account.open("/konto");
    await expect(page).toHaveURL(/\/anmelden\?next=%2Fkonto$/);
  });

  for (const lang of ["de", "en"] as const) {
    test(`axe: no WCAG 2.1 AA violations on /anmelden (${lang}), also with errors`, async ({
      page,
    }) => {
      const signIn = new SignInPage(page);
      await signIn.goto(`?lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectNoAxeViolations(page);
      await signIn.submit.click();
      await expect(signIn.errorSummary).toBeFocused();
      await expectNoAxeViolations(page);
    });
  }

  test("reset page: without a token it says so; with one it asks twice; axe clean", async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open("/passwort-zuruecksetzen");
    await expect(signIn.main).toContainText("Der Link ist unvollständig");
    await expectNoAxeViolations(page);

    await signIn.open("/passwort-zuruecksetzen#token=abcdefghijklmnopqrstuvwxyz0123456789");
    await expect(signIn.heading).toHaveText("Neues Passwort festlegen");
    await page.getByLabel("Neues Passwort", { exact: true }).fill("ein-ganz-neues-Passwort");
    await page.getByLabel("Neues Passwort wiederholen").fill("ein-ganz-neues-Passwort");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(signIn.errorSummary).toContainText(
      "ungültig, abgelaufen oder wurde schon benutzt",
    );
    await expect(page).toHaveURL(/#token=/);
    await expectNoAxeViolations(page);
  });

  test("no horizontal scrolling at 320 px on /anmelden, also with errors shown", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      await new SignInPage(page).goto();
      await new SignInPage(page).submit.click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
