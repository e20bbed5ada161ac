import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { AccountPage } from "./pages/AccountPage";
import { expectNoAxeViolations, screenshotForDocs } from "./pages/axe";
import { SignInPage } from "./pages/SignInPage";
import { totpCode } from "./pages/totp";
import { UsersPage } from "./pages/UsersPage";

const { admin } = e2eAccounts;
const newcomer = {
  email: "neu@example.org",
  name: "Nora Neu",
  role: "Fachbereich/Partner",
  password: "Startpasswort-fuer-Nora-2026",
  later: "Noras-eigenes-neues-Passwort",
};

test("admin: second factor, accounts, reset link used in a fresh browser", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const account = new AccountPage(page);
  const users = new UsersPage(page);

  await test.step("signs in and is told to set up the second factor", async () => {
    await signIn.goto("?next=%2Fkonten");
    await signIn.signIn(admin.email, admin.password);
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.getByTestId("admin-needs-totp")).toContainText("zweiten Faktor");
    await expect(signIn.session).toContainText("Administration");
  });

  await test.step("Konten without the second factor shows the server's reason", async () => {
    await signIn.mainNav.getByRole("link", { name: "Konten" }).click();
    await expect(page.getByTestId("second-factor-needed")).toBeVisible();
    await expect(users.table).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Zum Konto: zweiten Faktor einrichten" }).click();
    await expect(account.heading).toHaveText("Konto");
  });

  await test.step("enrols TOTP and sees ten recovery codes once", async () => {
    await page.getByRole("button", { name: "Zweiten Faktor einrichten" }).click();
    await expect(account.secret).toBeVisible();
    const otpauth = await page.getByTestId("otpauth-link").getAttribute("href");
    expect(otpauth).toMatch(/^otpauth:\/\/totp\//);
    const secret = await account.secretText();
    expect(otpauth).toContain(`secret=${secret}`);
    await expectNoAxeViolations(page);
    await screenshotForDocs(page, "konto-2fa");

    await account.code.fill("000000");
    await page.getByRole("button", { name: "Bestätigen" }).click();
    await expect(page.locator("#totp-code-error")).toHaveText(
      "Der Code ist falsch oder abgelaufen.",
    );

    await account.code.fill(totpCode(secret));
    await page.getByRole("button", { name: "Bestätigen" }).click();
    await expect(account.recoveryCodes).toHaveCount(10);
    await expect(page.getByTestId("recovery-codes")).toContainText("Nur jetzt sichtbar");
    await expectNoAxeViolations(page);
    await screenshotForDocs(page, "konto-wiederherstellungscodes");
    await page.getByRole("button", { name: "Ich habe die Codes gesichert" }).click();
    await expect(account.recoveryCodes).toHaveCount(0);
    await expect(page.getByTestId("totp-state")).toHaveText(
      "Der zweite Faktor ist für Ihr Konto aktiv.",
    );
    await expect(page.getByTestId("admin-needs-totp")).toHaveCount(0);
  });

  await test.step("sees the accounts, sorts and filters them", async () => {
    await signIn.mainNav.getByRole("link", { name: "Konten" }).click();
    const accounts = Object.keys(e2eAccounts).length;
    await expect(users.rows).toHaveCount(accounts);
    expect(await users.emails()).toEqual([
      `${admin.email} (Sie)`,
      e2eAccounts.auditor.email,
      e2eAccounts.committee.email,
      e2eAccounts.coordinator.email,
      e2eAccounts.partner.email,
    ]);
    await users.table.getByRole("button", { name: "E-Mail" }).click();
    await expect(users.table.locator("th[aria-sort=descending]")).toHaveText("E-Mail");
    await expect(users.rows.first()).toContainText(e2eAccounts.partner.email);
    await page.getByLabel("Suchen nach E-Mail oder Name").fill("karla");
    await expect(users.rows).toHaveCount(1);
    await expect(users.count).toHaveText(`1 von ${accounts} Konten`);
    await page.getByLabel("Suchen nach E-Mail oder Name").fill("");
    await page.locator("#accounts-filter-role").selectOption({ label: "Administration" });
    await expect(users.rows).toHaveCount(2);
    await page.locator("#accounts-filter-role").selectOption({ label: "Alle Rollen" });
  });

  let resetUrl = "";
  await test.step("creates an account, changes its role, issues a reset link", async () => {
    await users.createAccount(newcomer);
    await expect(users.main).toContainText(`Das Konto ${newcomer.email} ist angelegt.`);
    await expect(users.row(newcomer.email)).toContainText("Fachbereich/Partner");

    await users
      .row(newcomer.email)
      .getByRole("button", { name: /Bearbeiten/ })
      .click();
    await expect(users.editor.getByRole("heading", { level: 2 })).toBeFocused();
    await users.editor.getByLabel("Neue Rolle").selectOption({ label: "Gremium" });
    await users.editor.getByRole("button", { name: "Rolle ändern" }).click();
    await expect(users.row(newcomer.email)).toContainText("Gremium");

    await users.editor.getByRole("button", { name: "Link zum Zurücksetzen" }).click();
    await expect(users.resetLink).toHaveText(/\/passwort-zuruecksetzen#token=/);
    await expect(users.editor).toContainText("Gültig bis");
    resetUrl = (await users.resetLink.textContent()) ?? "";
    await expectNoAxeViolations(page);
    await screenshotForDocs(page, "konten");
  });

  await test.step("at 320 px the page does not scroll sideways (the table scrolls itself)", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    if (process.env.KURS_SCREENSHOTS) {
      await page.screenshot({ path: "docs/screenshots/konten-320px.png" });
    }
  });

  await test.step("the newcomer sets a password with the link and signs in", async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    try {
      const theirs = new SignInPage(fresh);
      await theirs.open(new URL(resetUrl).pathname + new URL(resetUrl).hash);
      await expectNoAxeViolations(fresh);
      await fresh.getByLabel("Neues Passwort", { exact: true }).fill(newcomer.later);
      await fresh.getByLabel("Neues Passwort wiederholen").fill(newcomer.later);
      await fresh.getByRole("button", { name: "Passwort speichern" }).click();
      await expect(theirs.main).toContainText("Ihr Passwort ist gespeichert");
      await expect(fresh).not.toHaveURL(/token=/);
      await theirs.main.getByRole("link", { name: "Zur Anmeldung" }).click();
      await theirs.signIn(newcomer.email, newcomer.later);
      await expect(theirs.session).toContainText(newcomer.name);
      await expect(theirs.session).toContainText("Gremium");
    } finally {
      await context.close();
    }
  });
});
