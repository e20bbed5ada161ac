import type { Locator, Page } from "@playwright/test";
import { KursPage } from "./KursPage";

export class ConceptPage extends KursPage {
  readonly fields: Locator;
  readonly goals: Locator;

  constructor(page: Page) {
    super(page);
    this.fields = page.getByTestId("concept-field");
    this.goals = page.getByTestId("goal");
  }

  async goto(): Promise<void> {
    await this.open("/konzept");
    await this.fields.first().waitFor();
  }

  field(title: string): Locator {
    return this.fields.filter({ has: this.page.getByRole("heading", { level: 3, name: title }) });
  }
}
