import { expect, test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";

test.describe("Tastatur", () => {
  test("the first Tab reaches the skip link, which moves focus to main", async ({ page }) => {
    const kurs = new KursPage(page);
    await kurs.open("/konzept");
    await page.keyboard.press("Tab");
    await expect(kurs.skipLink).toBeFocused();
    await expect(kurs.skipLink).toHaveText("Zum Inhalt springen");
    await expect(kurs.skipLink).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(kurs.main).toBeFocused();
    // The next Tab continues inside main, not in the header.
    await page.keyboard.press("Tab");
    const insideMain = await page.evaluate(() =>
      Boolean(document.activeElement?.closest("main#main")),
    );
    expect(insideMain).toBe(true);
  });

  test("marks the current section in the navigation and moves focus on navigation", async ({
    page,
  }) => {
    const kurs = new KursPage(page);
    await kurs.open("/");
    const nav = kurs.mainNav;
    await expect(nav.getByRole("link", { name: "Übersicht" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await nav.getByRole("link", { name: "Maßnahmen" }).click();
    await expect(kurs.heading).toHaveText("Maßnahmen");
    await expect(nav.getByRole("link", { name: "Maßnahmen" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    await expect(kurs.main).toBeFocused();
    await expect(kurs.main).toContainText("Filtern und suchen");
    await expect(page).toHaveTitle("Maßnahmen – Kurs – Landkreis Rotenburg (Wümme)");
  });
});
