import type { Locator, Page } from "@playwright/test";
import { KursPage } from "./KursPage";

export class OverviewPage extends KursPage {
  readonly actionFields: Locator;
  readonly focus: Locator;
  readonly fund: Locator;
  readonly pendingPaper: Locator;
  readonly meetings: Locator;

  constructor(page: Page) {
    super(page);
    this.actionFields = page.getByTestId("action-fields").locator(":scope > li");
    this.focus = page.getByTestId("focus");
    this.fund = page.getByTestId("fund");
    this.pendingPaper = page.getByTestId("pending-paper");
    this.meetings = page.getByTestId("meeting");
  }

  async goto(query = ""): Promise<void> {
    await this.open(`/${query}`);
    await this.actionFields.first().waitFor();
  }

  fieldTitles(): Promise<string[]> {
    return this.actionFields.locator("h3").allTextContents();
  }
}
