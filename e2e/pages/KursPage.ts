import { expect, type Locator, type Page } from "@playwright/test";

/** The frame every page shares: skip link, header with language switch, navigation, main. */
export class KursPage {
  readonly page: Page;
  readonly main: Locator;
  readonly heading: Locator;
  readonly skipLink: Locator;
  readonly languageSwitch: Locator;
  readonly mainNav: Locator;

  constructor(page: Page) {
    this.page = page;
    this.main = page.locator("main#main");
    this.heading = this.main.getByRole("heading", { level: 1 });
    this.skipLink = page.locator("a.kurs-skip-link");
    this.languageSwitch = page.locator("button.kurs-language-switch");
    this.mainNav = page.locator("nav.kurs-nav");
  }

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
    // Several parts of a page may load at once: wait until none is loading any more.
    await expect(this.page.locator(".kurs-loading")).toHaveCount(0);
  }
}
