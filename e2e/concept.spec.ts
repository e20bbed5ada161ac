import { expect, test } from "@playwright/test";
import { ConceptPage } from "./pages/ConceptPage";

test.describe("Konzept", () => {
  test("shows the adopted version with fields, goals and recommendations", async ({ page }) => {
    const concept = new ConceptPage(page);
    await concept.goto();
    await expect(page).toHaveTitle("Integrationskonzept – Kurs – Landkreis Rotenburg (Wümme)");
    await expect(page.getByTestId("concept-version")).toContainText("Version 1");
    await expect(page.getByTestId("concept-version")).toContainText("15.03.2023");
    await expect(concept.fields).toHaveCount(4);
    const language = concept.field("Sprache und Bildung");
    await expect(language.getByTestId("goal").first()).toBeVisible();
    await expect(language.getByTestId("recommendation").first()).toBeVisible();
  });

  test("labels every example goal and recommendation as Beispieldaten and explains why", async ({
    page,
  }) => {
    const concept = new ConceptPage(page);
    await concept.goto();
    const goals = await concept.goals.count();
    expect(goals).toBeGreaterThan(0);
    for (const goal of await concept.goals.all()) {
      await expect(goal.locator("h4")).toContainText("Beispieldaten");
    }
    for (const recommendation of await page.getByTestId("recommendation").all()) {
      await expect(recommendation).toContainText("Beispieldaten");
    }
    // The four fields are facts from the Vorlage, not examples.
    for (const field of await concept.fields.all()) {
      await expect(field.locator("h3")).not.toContainText("Beispieldaten");
    }
    await expect(concept.main).toContainText(
      "Die Beschlussvorlage nennt die Handlungsziele und Handlungsempfehlungen nicht im Einzelnen.",
    );
  });

  test("shows the timeline of resolutions with the adoption by the Kreisausschuss", async ({
    page,
  }) => {
    const concept = new ConceptPage(page);
    await concept.goto();
    const entry = page.getByTestId("concept-timeline").getByTestId("timeline-entry").first();
    await expect(entry).toContainText("15.03.2023 · Kreisausschuss");
    await expect(entry).toContainText("Konzeptversion 1");
  });

  test("lists all versions", async ({ page }) => {
    const concept = new ConceptPage(page);
    await concept.goto();
    const table = page.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText("beschlossen");
  });
});
