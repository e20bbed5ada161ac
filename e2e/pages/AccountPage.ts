import type { Locator, Page } from "@playwright/test";
import { KursPage } from "./KursPage";

/** /konto: own account, second factor, password change. */
export class AccountPage extends KursPage {
  readonly secondFactor: Locator;
  readonly secret: Locator;
  readonly code: Locator;
  readonly recoveryCodes: Locator;

  constructor(page: Page) {
    super(page);
    this.secondFactor = page.getByTestId("totp");
    this.secret = page.getByTestId("totp-secret");
    this.code = page.locator("#totp-code");
    this.recoveryCodes = page.getByTestId("recovery-codes").locator("ol > li");
  }

  async goto(): Promise<void> {
    await this.open("/konto");
  }

  /** The secret as the app would read it (the page shows it in groups of four). */
  async secretText(): Promise<string> {
    return ((await this.secret.textContent()) ?? "").replace(/\s/g, "");
  }
}
