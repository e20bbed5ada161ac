import type { Locator, Page } from "@playwright/test";
import { KursPage } from "./KursPage";

/** /konten: the table of accounts, its editor and the form for a new account. */
export class UsersPage extends KursPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly editor: Locator;
  readonly resetLink: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByTestId("accounts");
    this.rows = this.table.locator("tbody tr");
    this.count = page.getByTestId("accounts-count");
    this.editor = page.locator("#account-editor");
    this.resetLink = page.getByTestId("reset-link-url");
  }

  async goto(): Promise<void> {
    await this.open("/konten");
  }

  row(email: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("rowheader", { name: email }) });
  }

  emails(): Promise<string[]> {
    return this.rows.locator("th").allTextContents();
  }

  async createAccount(input: { email: string; name: string; role: string; password: string }) {
    await this.page.getByLabel("E-Mail-Adresse", { exact: true }).fill(input.email);
    await this.page.getByLabel(/^Name/).fill(input.name);
    await this.page.locator("#new-account-role").selectOption({ label: input.role });
    await this.page.getByLabel("Startpasswort").fill(input.password);
    await this.page.getByRole("button", { name: "Konto anlegen" }).click();
  }
}
