import type { Locator, Page } from "@playwright/test";
import { KursPage } from "./KursPage";

/** /anmelden, plus the sign-in area in the header that every page has. */
export class SignInPage extends KursPage {
  readonly session: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly code: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.session = page.locator("nav.kurs-session");
    this.email = page.locator("#login-email");
    this.password = page.locator("#login-password");
    this.code = page.locator("#login-code");
    this.submit = this.main.locator("button[type=submit]");
    this.errorSummary = page.locator(".kurs-error-summary");
  }

  async goto(query = ""): Promise<void> {
    await this.open(`/anmelden${query}`);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async signOut(): Promise<void> {
    await this.session.getByRole("button", { name: "Abmelden" }).click();
    await this.session.getByRole("link", { name: "Anmelden" }).waitFor();
  }
}
