import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
}

test.describe("Haushalt", () => {
  test("the 2024 million: a language course is booked; a measure outside the purpose is refused at the field", async ({
    page,
  }) => {
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/haushalt");
    const row = page.getByTestId("fund-row").filter({ hasText: "Mittel für Sprachkurse 2024" });
    await expect(row).toContainText("1.000.000,00 €");
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: "Mittel für Sprachkurse 2024" }).click();
    await expect(kurs.heading).toHaveText("Mittel für Sprachkurse 2024");
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Buchen" }) });
    await form.getByLabel("Maßnahme", { exact: true }).selectOption({
      label: "Wohnortnahe Sprachkurse mit Kinderbetreuung",
    });
    await form.getByLabel(/Betrag in Euro/).fill("30.000,00");
    await form.getByLabel("Buchungsdatum").fill("2024-04-02");
    await form.getByLabel(/Beleg/).fill("Vertrag VHS 2024-01");
    await form.getByRole("button", { name: "Buchen" }).click();
    await expect(page.getByTestId("booking-saved")).toContainText("30.000,00 €");
    await expect(page.getByTestId("booking-row").last()).toContainText("Mittelbindung");

    // Netzwerkarbeit in another action field: outside the purpose; the typed values stay.
    await form.getByLabel("Maßnahme", { exact: true }).selectOption({
      label: "Netzwerktreffen der Integrationsakteure",
    });
    await form.getByLabel(/Betrag in Euro/).fill("1.250,50");
    await form.getByRole("button", { name: "Buchen" }).click();
    await expect(page.locator("#booking-measure-error")).toContainText("Zweckbindung");
    await expect(form.getByLabel(/Betrag in Euro/)).toHaveValue("1.250,50");
    await expectNoAxeViolations(page);
  });
});
