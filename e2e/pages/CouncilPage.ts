import type { Page } from "@playwright/test";
import { e2eCoordinator } from "../accounts";
import { KursPage } from "./KursPage";

/** Gremien and a paper's page. Signs in through the API (the cookie is the browser's) from an open page. */
export class CouncilPage extends KursPage {
  constructor(page: Page) {
    super(page);
  }

  async signIn(): Promise<void> {
    const response = await this.page.request.post("/api/v1/auth/login", {
      data: e2eCoordinator,
      headers: { origin: new URL(this.page.url()).origin },
    });
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
  }

  async goto(): Promise<void> {
    await this.open("/gremien");
  }

  async openPaper(title: string): Promise<void> {
    await this.goto();
    await this.page.getByRole("link", { name: title }).click();
    await this.page.getByRole("heading", { level: 1, name: title }).waitFor();
  }
}
