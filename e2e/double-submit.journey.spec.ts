import { expect, type Locator, type Page, test } from "@playwright/test";
import { CouncilPage } from "./pages/CouncilPage";
import { KursPage } from "./pages/KursPage";
import { MeasureFormPage, signInAsCoordinator } from "./pages/MeasurePages";

/**
 * Nothing saved twice: every create button of the office, clicked twice before the page can
 * react (two clicks in one task, so the disabled button cannot catch the second), creates
 * exactly one object. The web client sends one Idempotency-Key per submission
 * (src/web/api/idempotency-key.ts); the server answers the second with the first result
 * (src/server/platform/http/idempotency.ts). A journey: it adds to the seed's story.
 */

/** Two clicks in one task: the worst double click, before React re-renders the button. */
async function doubleClick(button: Locator): Promise<void> {
  await button.evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });
}

async function json<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`);
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** After the double click: wait until the network is quiet, then the count must be one more. */
async function expectOneMore(page: Page, count: () => Promise<number>, before: number) {
  await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(before);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  expect(await count()).toBe(before + 1);
}

const origin = (page: Page) => new URL(page.url()).origin;
const stamp = Date.now();

test.describe("Doppelklick speichert einmal", () => {
  test("measure, progress update, partner, position, indicator value, meeting, paper, resolution and report draft: one each", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInAsCoordinator(page);

    // Maßnahme: the page lands on the one new measure.
    const title = `Lernpatenschaften ${stamp}`;
    const measures = async () =>
      (await json<{ items: { title: string }[] }>(page, "/measures?pageSize=200")).items.filter(
        (m) => m.title === title,
      ).length;
    const form = new MeasureFormPage(page);
    await form.open("/massnahmen/neu");
    await form.form.getByLabel("Titel", { exact: true }).fill(title);
    await form.recommendationIn("Sprache und Bildung").check();
    await doubleClick(form.form.getByRole("button", { name: "Maßnahme speichern" }));
    await expectOneMore(page, measures, 0);
    await expect(new KursPage(page).heading).toHaveText(title);
    const measureId = page.url().split("/").pop() ?? "";

    // Sachstand on that measure.
    const updates = async () =>
      (await json<{ updates: unknown[] }>(page, `/measures/${measureId}`)).updates.length;
    const updatesBefore = await updates();
    await page.getByLabel("Ampel", { exact: true }).selectOption({ label: "grün" });
    await page.getByLabel("Sachstand", { exact: true }).fill("Paten gefunden, Start im Herbst.");
    await doubleClick(page.getByRole("button", { name: "Sachstand speichern" }));
    await expectOneMore(page, updates, updatesBefore);

    // Netzwerkpartner.
    const partnerName = `Lernhaus ${stamp}`;
    const partners = async () =>
      (await json<{ partners: { name: string }[] }>(page, "/measures/options")).partners.filter(
        (p) => p.name === partnerName,
      ).length;
    await new KursPage(page).open("/partner/neu");
    await page.getByLabel("Name", { exact: true }).fill(partnerName);
    await page.getByLabel("Art", { exact: true }).selectOption({ index: 1 });
    // A real double click of the mouse, too.
    await page.getByRole("button", { name: "Partner speichern" }).dblclick();
    await expectOneMore(page, partners, 0);

    // Stelle.
    const positionTitle = `Lernbegleitung ${stamp}`;
    const positions = async () =>
      (await json<{ positions: { title: string }[] }>(page, "/capacity")).positions.filter(
        (p) => p.title === positionTitle,
      ).length;
    await new KursPage(page).open("/kapazitaet");
    await page.getByLabel("Bezeichnung der Stelle").fill(positionTitle);
    await page.getByLabel("VZÄ").fill("0,5");
    await page.getByLabel("gültig ab").fill("01.01.2025");
    await doubleClick(page.getByRole("button", { name: "Stelle anlegen" }));
    await expectOneMore(page, positions, 0);

    // Kennzahl-Wert (an indicator of the office's own, created through the API).
    const created = await page.request.post("/api/v1/indicators", {
      headers: { origin: origin(page) },
      data: {
        key: `paten-${stamp}`,
        name: "Aktive Lernpaten",
        unit: "count",
        direction: "higherIsBetter",
        periodicity: "year",
        publishable: false,
        aggregation: "sum",
      },
    });
    expect(created.status()).toBe(201);
    const indicatorId = ((await created.json()) as { id: string }).id;
    const values = async () =>
      (await json<{ values: { period: string }[] }>(page, `/indicators/${indicatorId}`)).values
        .length;
    await new KursPage(page).open(`/kennzahlen/${indicatorId}`);
    await page.getByLabel("Zeitraum", { exact: true }).fill("2024");
    await page.getByLabel("Wert", { exact: true }).fill("17");
    await doubleClick(page.getByRole("button", { name: "Wert speichern", exact: true }));
    await expectOneMore(page, values, 0);

    // Sitzung and Vorlage (Gremien).
    type Council = {
      meetings: { name: string }[];
      papers: { id: string; title: string }[];
      committees: { id: string; name: string }[];
    };
    const meetingName = `Sondersitzung ${stamp}`;
    const meetings = async () =>
      (await json<Council>(page, "/council")).meetings.filter((m) => m.name === meetingName).length;
    const council = new CouncilPage(page);
    await council.goto();
    await page.getByLabel("Bezeichnung der Sitzung").fill(meetingName);
    await page
      .getByRole("region", { name: "Sitzung erfassen" })
      .getByLabel("Datum", { exact: true })
      .fill("10.09.2025");
    await doubleClick(page.getByRole("button", { name: "Sitzung speichern" }));
    await expectOneMore(page, meetings, 0);

    const paperTitle = `Sachstand Lernpatenschaften ${stamp}`;
    const papers = async () =>
      (await json<Council>(page, "/council")).papers.filter((p) => p.title === paperTitle).length;
    await council.goto();
    await page.getByLabel("Bezeichnung", { exact: true }).fill(paperTitle);
    await doubleClick(page.getByRole("button", { name: "Vorlage speichern" }));
    await expectOneMore(page, papers, 0);

    // Beschluss on that paper, with a reporting duty for the report draft below.
    const paperId =
      (await json<Council>(page, "/council")).papers.find((p) => p.title === paperTitle)?.id ?? "";
    const resolutions = async () =>
      (await json<{ items: { text: string }[] }>(page, "/resolutions")).items.filter((r) =>
        r.text.includes(`${stamp}`),
      ).length;
    await council.openPaper(paperTitle);
    const resolutionForm = page.getByTestId("resolution-form");
    await resolutionForm.getByLabel("Beschlossen am").fill("10.09.2025");
    await resolutionForm.getByLabel("Beschlusstext").fill(`Zur Kenntnis genommen (${stamp}).`);
    await resolutionForm.getByLabel("Berichtspflicht gegenüber einem Gremium festlegen").check();
    await resolutionForm.getByLabel("Turnus", { exact: true }).selectOption({ index: 1 });
    await doubleClick(resolutionForm.getByRole("button", { name: "Beschluss erfassen" }));
    await expectOneMore(page, resolutions, 0);
    expect(paperId).not.toBe("");

    // Berichtsentwurf for a reporting duty.
    const drafts = async () =>
      (await json<{ items: unknown[] }>(page, "/report-drafts")).items.length;
    const draftsBefore = await drafts();
    await new KursPage(page).open("/berichte");
    await doubleClick(page.getByRole("button", { name: "Entwurf erzeugen" }).first());
    await expectOneMore(page, drafts, draftsBefore);
  });
});
