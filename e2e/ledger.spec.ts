import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";

// The shared server runs on today's date: the seed's fiscal year 2024 is long closed. (The
// journey ledger-seed-story plays in 2024 and books; see e2e/run.ts.)
test.describe("Haushalt", () => {
  test("the 2024 million on a fresh install: lapsed, not available; a commitment dated 2024 is refused with the reason", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/haushalt");
    const row = page.getByTestId("fund-row").filter({ hasText: "Mittel für Sprachkurse 2024" });
    // bewilligt, gebunden, ausgezahlt, gesperrt, verfallen, verfügbar
    await expect(row.locator("td")).toHaveText([
      "2024",
      "1.000.000,00 €",
      "0,00 €",
      "0,00 €",
      "0,00 €",
      "1.000.000,00 €",
      "0,00 €",
    ]);
    const field = page.getByTestId("field-budget-row").filter({ hasText: "Sprache und Bildung" });
    await expect(field).toContainText("1.000.000,00 €");
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: "Mittel für Sprachkurse 2024" }).click();
    await expect(kurs.heading).toHaveText("Mittel für Sprachkurse 2024");
    await expect(
      page.getByText("Das Haushaltsjahr 2024 ist abgeschlossen: 1.000.000,00 € sind verfallen"),
    ).toBeVisible();
    await expect(page.getByTestId("figure-granted")).toContainText("1.000.000,00 €");
    await expect(page.getByTestId("figure-lapsed")).toContainText("1.000.000,00 €");
    await expect(page.getByTestId("fund-available")).toHaveText("0,00 €");
    await expectNoAxeViolations(page);

    const form = page.locator("form", { has: page.getByRole("heading", { name: "Buchen" }) });
    await form.getByLabel("Maßnahme", { exact: true }).selectOption({
      label: "Wohnortnahe Sprachkurse mit Kinderbetreuung",
    });
    // An ambiguous amount is refused at the field before anything is sent.
    await form.getByLabel(/Betrag in Euro/).fill("30,000");
    await form.getByRole("button", { name: "Buchen" }).click();
    await expect(page.locator("#booking-amount-error")).toContainText("mehrdeutig");
    await form.getByLabel(/Betrag in Euro/).fill("30.000,00");
    await form.getByLabel("Buchungsdatum").fill("2024-06-15");
    await form.getByRole("button", { name: "Buchen" }).click();
    await expect(page.locator("#booking-date-error")).toContainText(
      "Das Haushaltsjahr 2024 ist abgeschlossen",
    );
    await expect(form.getByLabel(/Betrag in Euro/)).toHaveValue("30.000,00");
    await expect(page.getByTestId("booking-row")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
