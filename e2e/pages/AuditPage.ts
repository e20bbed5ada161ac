import type { Locator, Page } from "@playwright/test";
import { KursPage } from "./KursPage";

/** /protokoll: the filter form, the events table and the CSV link. */
export class AuditPage extends KursPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly csvLink: Locator;
  readonly entityType: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByTestId("audit-events");
    this.rows = this.table.locator("tbody tr");
    this.count = page.getByTestId("audit-count");
    this.csvLink = page.getByRole("link", { name: "Als CSV herunterladen" });
    this.entityType = page.getByLabel("Objektart", { exact: true });
  }

  async goto(query = ""): Promise<void> {
    await this.open(`/protokoll${query}`);
  }

  /** Rows whose Aktion column reads `label`. */
  action(label: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("cell", { name: label, exact: true }) });
  }
}
