import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";

// A journey (runs after the other specs): the committee's decision widens the 2024 million's
// purpose for the whole e2e server, which the overview and other specs would otherwise see.
test.describe("Haushalt: the seed story", () => {
  test("course only, then the committee widens the purpose to the field; other fields stay out", async ({
    page,
  }) => {
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    const origin = new URL(page.url()).origin;
    const api = async <T>(method: "GET" | "POST", url: string, data?: object): Promise<T> => {
      const response = await page.request.fetch(`/api/v1${url}`, {
        method,
        data,
        headers: { origin },
      });
      if (!response.ok()) throw new Error(`${method} ${url}: ${await response.text()}`);
      return (await response.json()) as T;
    };
    // Set-up through the API: two measures to book against (the seed has one course only).
    const options = await api<{
      measureTypes: { id: string; key: string }[];
      actionFields: { title: string; goals: { recommendations: { id: string }[] }[] }[];
    }>("GET", "/measures/options");
    const typeId = (key: string) => options.measureTypes.find((m) => m.key === key)?.id;
    const recIn = (title: string) =>
      options.actionFields.find((f) => f.title === title)?.goals[0]?.recommendations[0]?.id;
    const suffix = Date.now().toString(36);
    const counselling = `Lernberatung ${suffix}`;
    const workCourse = `Berufssprachkurs im Betrieb ${suffix}`;
    await api("POST", "/measures", {
      title: counselling,
      measureTypeId: typeId("counselling"),
      recommendationIds: [recIn("Sprache und Bildung")],
    });
    await api("POST", "/measures", {
      title: workCourse,
      measureTypeId: typeId("languageCourse"),
      recommendationIds: [recIn("Ausbildung und Arbeit")],
    });

    await kurs.open("/haushalt");
    await page.getByRole("link", { name: "Mittel für Sprachkurse 2024", exact: true }).click();
    await expect(kurs.heading).toHaveText("Mittel für Sprachkurse 2024");
    const fundUrl = page.url();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Buchen" }) });
    const commit = async (measure: string, amount: string, date: string) => {
      await form.getByLabel("Art der Buchung").selectOption({ label: "Mittelbindung" });
      await form.getByLabel("Maßnahme", { exact: true }).selectOption({ label: measure });
      await form.getByLabel(/Betrag in Euro/).fill(amount);
      await form.getByLabel("Buchungsdatum").fill(date);
      await form.getByRole("button", { name: "Buchen" }).click();
    };

    // Before the decision: only language courses. Counselling in the same field is refused.
    await commit(counselling, "12.000,00", "2024-03-01");
    await expect(page.locator("#booking-measure-error")).toContainText("Zweckbindung");

    // The committee widens the purpose to the whole action field Sprache und Bildung.
    const council = await api<{ committees: { id: string; name: string }[] }>("GET", "/council");
    const concept = await api<{
      current: { actionFields: { title: string; lineageId: string }[] };
    }>("GET", "/concept");
    const fundId = fundUrl.split("/").pop();
    await api("POST", "/resolutions", {
      committeeId: council.committees.find((c) => c.name.startsWith("Ausschuss für Soziales"))?.id,
      decidedOn: "2024-04-10",
      outcome: "adopted",
      text: "Die Mittel werden für das gesamte Handlungsfeld Sprache und Bildung eingesetzt.",
      effects: [
        {
          type: "changeFundPurpose",
          fundId,
          purpose: [
            {
              kind: "actionField",
              actionFieldLineageId: concept.current.actionFields.find(
                (f) => f.title === "Sprache und Bildung",
              )?.lineageId,
            },
          ],
        },
      ],
    });
    await page.reload();
    await expect(page.getByRole("list").filter({ hasText: "Sprache und Bildung" })).toBeVisible();

    await commit(counselling, "12.000,00", "2024-04-15");
    await expect(page.getByTestId("booking-saved")).toContainText("12.000,00 €");
    await expect(page.getByTestId("booking-row").last()).toContainText("Mittelbindung");

    // A measure of Ausbildung und Arbeit is still outside the purpose.
    await commit(workCourse, "5.000,00", "2024-05-02");
    await expect(page.locator("#booking-measure-error")).toContainText("Zweckbindung");

    // Beyond what is available only with a recorded approval (its reference is required).
    const available = await page.getByTestId("fund-available").textContent();
    await form
      .getByLabel("Art der Buchung")
      .selectOption({ label: "Über-/außerplanmäßige Bewilligung" });
    await form.getByLabel(/Betrag in Euro/).fill("50.000,00");
    await form.getByLabel("Buchungsdatum").fill("2024-05-02");
    await form.getByRole("button", { name: "Buchen" }).click();
    await expect(page.locator("#booking-resolution-error")).toBeVisible();
    await form.getByLabel("Bewilligt durch").selectOption({ label: "Entscheidung des Landrats" });
    await form.getByLabel("Aktenzeichen der Bewilligung").fill("Eilentscheidung 2024/07");
    await form.getByRole("button", { name: "Buchen" }).click();
    await expect(page.getByTestId("booking-saved")).toContainText("50.000,00 €");
    await expect(page.getByTestId("fund-available")).not.toHaveText(available ?? "");

    // The burn-down chart is an image with a text alternative, its values a table.
    const chart = page.getByTestId("outlook-chart");
    await expect(chart).toHaveAttribute("alt", /Mittelabflusses 2024/);
    await expect
      .poll(() => chart.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await page.getByText("Werte des Diagramms als Tabelle").click();
    await expect(page.getByTestId("outlook-table")).toContainText("01.01.2024");
    await expectNoAxeViolations(page);
    if (process.env.KURS_SCREENSHOTS)
      await page.screenshot({ path: "/tmp/ledger-fund.png", fullPage: true });

    // The measure's page lists its bookings.
    await kurs.open("/massnahmen");
    await page.getByRole("link", { name: counselling }).click();
    await expect(page.getByTestId("measure-bookings")).toContainText("12.000,00 €");
  });
});
