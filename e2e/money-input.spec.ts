import { expect, test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";
import { MeasureFormPage, signInAsCoordinator } from "./pages/MeasurePages";

// One euro parser (src/domain/money.ts) for every form: the measure form no longer saves
// "30,000" as 30,00 €.
test.describe("Euro-Beträge", () => {
  test("the measure form refuses 30,000 at the field, saying what it understood, and saves 30.000", async ({
    page,
  }) => {
    const title = `Sprachcafé ${Date.now()}`;
    await signInAsCoordinator(page);
    const form = new MeasureFormPage(page);
    await form.open("/massnahmen/neu");
    await form.form.getByLabel("Titel", { exact: true }).fill(title);
    await form.recommendationIn("Sprache und Bildung").check();
    const euro = form.form.getByLabel(/Geplante Mittel in Euro/);
    await euro.fill("30,000");
    await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
    const error = page.locator("#plannedEuro-error");
    await expect(error).toContainText("„30,000“ ist mehrdeutig: 30.000,00 € oder 30,00 €?");
    await expect(error).toContainText("Schreiben Sie 30.000");
    await expect(page).toHaveURL(/\/massnahmen\/neu$/);
    await expect(euro).toHaveValue("30,000");
    await expect(euro).toBeFocused();

    await euro.fill("3O.000");
    await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
    await expect(error).toContainText("Meinten Sie 30.000?");

    await euro.fill("30.000");
    await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
    await expect(new KursPage(page).heading).toHaveText(title);
    await expect(page.getByTestId("measure-detail")).toContainText("30.000,00 €");
  });
});
