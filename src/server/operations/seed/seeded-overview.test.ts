import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Overview } from "../../../contract/overview";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * The seed tested on its own: the Rotenburg case as the overview and the tenant info show it
 * (the overview's rules are tested on data of their own in read-models/overview/routes.test.ts).
 */
describe("the seeded Rotenburg case in GET /api/v1/overview", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it("shows the four fields, the focus, the 2024 million and the Vorlage awaiting the Ausschuss", async () => {
    const response = await t.app.inject({ url: "/api/v1/overview" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    const overview = response.json<Overview>();
    expect(overview.tenant.name).toBe("Landkreis Rotenburg (Wümme)");
    expect(overview.actionFields.map((f) => [f.position, f.title, f.isFocus])).toEqual([
      [1, "Ausbildung und Arbeit", false],
      [2, "Sprache und Bildung", true],
      [3, "Gesellschaftliche Integration", false],
      [4, "Interkulturelle Öffnung der Verwaltung und Zusammenarbeit im Netzwerk", false],
    ]);
    expect(overview.concept).toMatchObject({
      adoptedOn: "2023-03-15",
      adoptedBy: "Kreisausschuss",
    });
    expect(overview.focus).toMatchObject({
      actionFieldTitle: "Sprache und Bildung",
      resolution: null,
    });
    expect(overview.funds).toHaveLength(1);
    expect(overview.funds[0]).toMatchObject({
      fiscalYear: 2024,
      estimateCents: 100_000_000,
      grantedBy: "Kreistag",
      purpose: [
        { kind: "measureType", measureType: "Sprachkurs", actionField: "Sprache und Bildung" },
      ],
    });
    expect(overview.pendingPapers).toHaveLength(1);
    expect(overview.pendingPapers[0]?.title).toContain("Strategische Schwerpunktsetzung");
    expect(overview.pendingPapers[0]?.nextConsultation).toEqual({
      committee: "Ausschuss für Soziales, Arbeit und Gesundheit",
      role: "decision",
      meetingDate: null,
    });
    expect(overview.recentMeetings.map((m) => [m.committee, m.meetingDate])).toEqual([
      ["Interfraktionelle Arbeitsgruppe", "2024-02-01"],
      ["Kreisausschuss", "2023-03-15"],
    ]);
  });

  it("tells the web which database runs", async () => {
    const response = await t.app.inject({ url: "/api/v1/tenant" });
    expect(response.json()).toEqual({
      name: "Landkreis Rotenburg (Wümme)",
      slug: "rotenburg",
      database: t.database.driver,
    });
  });
});
