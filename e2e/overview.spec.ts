import { expect, test } from "@playwright/test";
import type { Overview } from "../src/contract/overview";
import { OverviewPage } from "./pages/OverviewPage";

const fieldTitles = [
  "Ausbildung und Arbeit",
  "Sprache und Bildung",
  "Gesellschaftliche Integration",
  "Interkulturelle Öffnung der Verwaltung und Zusammenarbeit im Netzwerk",
];

test.describe("Übersicht", () => {
  test("shows the four action fields in order, with Sprache und Bildung as the focus", async ({
    page,
  }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(page).toHaveTitle("Übersicht – Kurs – Landkreis Rotenburg (Wümme)");
    await expect(overview.heading).toHaveText("Übersicht");
    expect(await overview.fieldTitles()).toEqual(fieldTitles);
    await expect(overview.actionFields.nth(0)).toContainText("Handlungsfeld 1");
    await expect(overview.actionFields.nth(3)).toContainText("Handlungsfeld 4");

    const focused = overview.actionFields.filter({ hasText: "Schwerpunkt" });
    await expect(focused).toHaveCount(1);
    await expect(focused.locator("h3")).toHaveText("Sprache und Bildung");
    await expect(overview.focus).toContainText("Handlungsfeld 2: Sprache und Bildung");
  });

  test("shows the adoption by the Kreisausschuss and the 2024 million, formatted", async ({
    page,
  }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(overview.main).toContainText("Kreisausschuss");
    await expect(overview.main).toContainText("15.03.2023");
    await expect(overview.fund).toContainText("Mittel für Sprachkurse 2024");
    await expect(overview.fund).toContainText("1.000.000,00\u00a0€");
    await expect(overview.fund).toContainText(
      "Maßnahmenart Sprachkurs im Handlungsfeld Sprache und Bildung, gültig ab 01.01.2024",
    );
    await expect(overview.fund).toContainText("Kreistag");
  });

  test("shows the Vorlage awaiting the Ausschuss's decision, outcome open", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    const paper = overview.pendingPaper;
    await expect(paper).toHaveCount(1);
    await expect(paper.locator("h3")).toContainText("Strategische Schwerpunktsetzung");
    await expect(paper).toContainText("Beschlussvorlage");
    await expect(paper).toContainText("Beschlussvorschlag");
    await expect(paper).toContainText("weiterhin im Handlungsfeld Sprache und Bildung festgelegt");
    await expect(paper).toContainText("Ausschuss für Soziales, Arbeit und Gesundheit");
    await expect(paper).toContainText("Entscheidung");
    await expect(paper).toContainText("offen");
  });

  test("shows the working group's meeting of 01.02.2024 and its result", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    const meeting = overview.meetings.filter({ hasText: "01.02.2024" });
    await expect(meeting).toContainText("Interfraktionelle Arbeitsgruppe");
    await expect(meeting).toContainText("keinen Ergänzungsbedarf");
  });

  test("tells the admin when the embedded database runs", async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(page.locator("footer")).toContainText(
      "Eingebettete Datenbank (PGlite, Beta) – für den Produktivbetrieb PostgreSQL verwenden (DATABASE_URL).",
    );
  });

  test("shows the server's problem title and detail when the API fails", async ({ page }) => {
    await page.route("**/api/v1/overview", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Dienst nicht verfügbar",
          status: 503,
          detail: "Die Datenbank antwortet nicht.",
        }),
      }),
    );
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Dienst nicht verfügbar", { timeout: 15_000 });
    await expect(alert).toContainText("Die Datenbank antwortet nicht.");
    await expect(alert.getByRole("button", { name: "Erneut versuchen" })).toBeVisible();
  });
});

test("Übersicht says so when nothing is recorded yet", async ({ page }) => {
  await page.route("**/api/v1/overview", (route) =>
    route.fulfill({
      json: {
        tenant: { name: "Landkreis Rotenburg (Wümme)" },
        concept: null,
        actionFields: [],
        focus: null,
        funds: [],
        pendingPapers: [],
        reportingDuties: [],
        recentMeetings: [],
        overdueProofsOfUse: [],
      } satisfies Partial<Overview>,
    }),
  );
  const overview = new OverviewPage(page);
  await overview.open("/");
  for (const text of [
    "Es ist noch kein Konzept mit Handlungsfeldern beschlossen.",
    "Es ist kein Schwerpunkt festgelegt.",
    "Es ist noch keine Konzeptversion beschlossen.",
    "Es sind keine zweckgebundenen Mittel erfasst.",
    "Es ist keine Berichtspflicht beschlossen.",
    "Es warten keine Vorlagen auf eine Beratung.",
    "Es sind keine Sitzungen erfasst.",
  ]) {
    await expect(overview.main).toContainText(text);
  }
});
