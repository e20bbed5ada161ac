import { expect, test } from "@playwright/test";
import { OverviewPage } from "./pages/OverviewPage";

test.describe("Sprache", () => {
  test("switches to English, sets html lang, and remembers the choice", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");

    await overview.languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(overview.heading).toHaveText("Overview");
    await expect(overview.mainNav.getByRole("link", { name: "Concept" })).toBeVisible();
    await expect(overview.fund).toContainText("€1,000,000.00");
    await expect(page).toHaveTitle("Overview – Kurs – Landkreis Rotenburg (Wümme)");
    await expect(overview.languageSwitch).toHaveText("Deutsch");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(overview.heading).toHaveText("Overview");

    await overview.languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(overview.heading).toHaveText("Übersicht");
  });

  test("takes the language from ?lang=", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto("?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(overview.heading).toHaveText("Overview");
    await overview.languageSwitch.click();
    await expect(page).toHaveURL(/[?&]lang=de/);
  });

  test("sends the language to the API", async ({ page }) => {
    const overview = new OverviewPage(page);
    const request = page.waitForRequest("**/api/v1/overview");
    await overview.goto("?lang=en");
    expect((await request).headers()["accept-language"]).toBe("en");
  });
});
