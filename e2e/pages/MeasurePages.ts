import type { Locator, Page } from "@playwright/test";
import { e2eCoordinator } from "../accounts";
import { KursPage } from "./KursPage";

/** Sign-in through the API (the web has no sign-in page yet); the cookie lands in the context. */
export async function signInAsCoordinator(page: Page): Promise<void> {
  await new KursPage(page).open("/");
  const response = await page.request.post("/api/v1/auth/login", {
    data: { email: e2eCoordinator.email, password: e2eCoordinator.password },
    headers: { origin: new URL(page.url()).origin },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

/** The measure form (/massnahmen/neu). */
export class MeasureFormPage extends KursPage {
  readonly form: Locator;
  constructor(page: Page) {
    super(page);
    this.form = page.getByRole("form", { name: "Maßnahme speichern" });
  }
  recommendationIn(field: string): Locator {
    return this.form
      .locator("fieldset fieldset", { has: this.page.locator("legend", { hasText: field }) })
      .getByRole("checkbox")
      .first();
  }
  async addPartner(name: string, kind: string): Promise<void> {
    await this.page.getByLabel("Name der Organisation").fill(name);
    await this.page.getByLabel("Art", { exact: true }).selectOption({ label: kind });
    await this.page.getByRole("button", { name: "Partner anlegen" }).click();
  }
}
