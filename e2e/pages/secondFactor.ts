import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { AccountPage } from "./AccountPage";
import { SignInPage } from "./SignInPage";
import { totpCode } from "./totp";

/** Where an account's TOTP secret is kept between specs: in the run's fresh data directory. */
function secretFile(email: string): string {
  const dir = process.env.KURS_E2E_DATA_DIR;
  if (!dir) throw new Error("KURS_E2E_DATA_DIR is not set (run the browser tests via e2e/run.ts)");
  return join(dir, `totp-${email.replace(/[^a-z0-9]/gi, "_")}.txt`);
}

/**
 * A code the server has not seen yet: it accepts each 30-second step once, and one step either side
 * of now. So use the step after the last one used (waiting if that is still too far ahead).
 */
async function unusedCode(page: Page, email: string, secret: string): Promise<string> {
  const stepFile = `${secretFile(email)}.step`;
  let last = -1;
  try {
    last = Number(readFileSync(stepFile, "utf8"));
  } catch {
    // no code used yet
  }
  let now = Math.floor(Date.now() / 30_000);
  if (last + 1 > now + 1) {
    await page.waitForTimeout(last * 30_000 - Date.now() + 1_000);
    now = Math.floor(Date.now() / 30_000);
  }
  const step = Math.max(now, last + 1);
  writeFileSync(stepFile, String(step));
  return totpCode(secret, step * 30_000);
}

/**
 * Signs an admin in with the second factor, whichever state the account is in: without TOTP it
 * enrols on /konto (and keeps the secret for later specs); with TOTP it enters the current code.
 */
export async function signInWithSecondFactor(
  page: Page,
  account: { email: string; password: string },
): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(account.email, account.password);
  const needsTotp = page.getByTestId("admin-needs-totp");
  await expect(needsTotp.or(signIn.code)).toBeVisible();
  if (await signIn.code.isVisible()) {
    const secret = readFileSync(secretFile(account.email), "utf8").trim();
    await signIn.code.fill(await unusedCode(page, account.email, secret));
    await signIn.submit.click();
    await expect(signIn.session).toContainText("Administration");
    return;
  }
  const accountPage = new AccountPage(page);
  await page.getByRole("button", { name: "Zweiten Faktor einrichten" }).click();
  await expect(accountPage.secret).toBeVisible();
  const secret = await accountPage.secretText();
  writeFileSync(secretFile(account.email), secret);
  await accountPage.code.fill(await unusedCode(page, account.email, secret));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(accountPage.recoveryCodes).toHaveCount(10);
  await page.getByRole("button", { name: "Ich habe die Codes gesichert" }).click();
  await expect(page.getByTestId("admin-needs-totp")).toHaveCount(0);
}
