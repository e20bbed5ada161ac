import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";

/**
 * Gremien: the Beschlüsse with their effects, a meeting's page and a committee's page,
 * reached and sorted by keyboard; the Übersicht names what the meeting of 15.03.2023 decided,
 * as Konzept does.
 */
test("Beschlüsse, meeting and committee pages by keyboard", async ({ page }) => {
  // Three pages with axe each: 30 s was too short on the shared 2-core machine.
  test.setTimeout(120_000);
  const kurs = new KursPage(page);
  await kurs.open("/gremien?lang=de");
  const link = page.getByRole("link", { name: "Alle Beschlüsse und ihre Wirkungen" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Beschlüsse" })).toBeVisible();
  const table = page.getByTestId("resolutions");
  const adoption = table.getByTestId("resolution-row").filter({ hasText: "15.03.2023" });
  await expect(adoption).toContainText("Konzeptversion 1");
  await expect(adoption).toContainText("ungeändert beschlossen");
  // Sort by committee with the keyboard: aria-sort follows.
  const sortButton = table.getByRole("button", { name: "Gremium" });
  await sortButton.focus();
  await page.keyboard.press("Enter");
  await expect(table.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("th[aria-sort]")).toContainText("Gremium");
  await expectNoAxeViolations(page);

  await adoption.getByRole("link", { name: "Sitzung am 15.03.2023" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("15.03.2023");
  await expect(page.getByTestId("resolutions")).toContainText("Konzeptversion 1");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Kreisausschuss" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kreisausschuss" })).toBeVisible();
  await expect(page.getByTestId("committee-meetings")).toContainText("15.03.2023");
  await expectNoAxeViolations(page);
});

test("Übersicht: the Kreisausschuss meeting of 15.03.2023 shows its resolution", async ({
  page,
}) => {
  await new KursPage(page).open("/?lang=de");
  const meeting = page.getByTestId("meeting").filter({ hasText: "15.03.2023" });
  await expect(meeting).toContainText("ungeändert beschlossen");
  await expect(meeting).not.toContainText("Kein Ergebnis erfasst");
});
