import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./pages/axe";
import { MeasureFormPage, signInAsCoordinator } from "./pages/MeasurePages";

/**
 * Nothing dropped silently: 31.02.2025 typed into a date field of the measure form is refused at
 * that field (domain/dates.ts), the refusal takes focus and names the field by its label, and
 * the saved measure stays as it was. A real date in German notation is saved.
 */
test.describe("Datumsfelder der Maßnahme", () => {
  test("31.02.2025 in Beginn, Ende and a milestone: a field error each, the measure unchanged", async ({
    page,
  }) => {
    // Five form rounds, each with its axe check: more than the default limit on a busy 2-core
    // machine. slow(): three times the configured limit (which grows with the e2e lanes).
    test.slow();
    await signInAsCoordinator(page);
    const list = await (await page.request.get("/api/v1/measures?pageSize=1")).json();
    const id: string = list.items[0].id;
    const saved = async () => (await page.request.get(`/api/v1/measures/${id}`)).json();
    const before = await saved();

    const form = new MeasureFormPage(page);
    const fields = [
      { label: "Beginn", error: "#startOn-error" },
      { label: "Ende", error: "#endOn-error" },
    ];
    for (const field of fields) {
      await form.open(`/massnahmen/${id}/bearbeiten`);
      const input = form.form.getByLabel(new RegExp(`^${field.label}`));
      await input.fill("31.02.2025");
      await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
      await expect(page.locator(field.error)).toHaveText("Das Datum 31.02.2025 gibt es nicht.");
      // What was typed stays; the summary has focus and leads to the field by its label.
      await expect(input).toHaveValue("31.02.2025");
      const summary = page.getByRole("alert");
      await expect(summary).toBeFocused();
      await summary.getByRole("link", { name: field.label, exact: true }).click();
      await expect(input).toBeFocused();
      await expectNoAxeViolations(page);
      expect(await saved()).toEqual(before);
    }

    await form.open(`/massnahmen/${id}/bearbeiten`);
    const milestones = form.form.getByLabel(/^Meilensteine/);
    await milestones.fill("31.02.2025 Sommerfest");
    await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
    await expect(page.locator("#milestones-error")).toContainText("31.02.2025 gibt es nicht");
    expect(await saved()).toEqual(before);

    // A real date in German notation is taken, as ISO.
    await form.open(`/massnahmen/${id}/bearbeiten`);
    await form.form.getByLabel(/^Beginn/).fill("01.09.2025");
    await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
    await expect.poll(async () => (await saved()).startOn).toBe("2025-09-01");

    // Put the seed's date back for the other specs.
    const original: string | null = before.startOn;
    await form.open(`/massnahmen/${id}/bearbeiten`);
    await form.form
      .getByLabel(/^Beginn/)
      .fill(original ? original.split("-").reverse().join(".") : "");
    await form.form.getByRole("button", { name: "Maßnahme speichern" }).click();
    await expect.poll(async () => (await saved()).startOn).toBe(original);
  });
});
