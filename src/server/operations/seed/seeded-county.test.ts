import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndicatorList } from "../../../contract/indicators";
import type { Overview } from "../../../contract/overview";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * The seed tested on its own (with seed.test.ts): the Rotenburg case as the overview, the tenant
 * info and the indicator catalogue show it. The rules behind these routes are tested on data the
 * tests state themselves (read-models/overview/routes.test.ts, features/indicators/routes.test.ts).
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

/** The starter catalogue is the seeded county's content (Rotenburg seed with examples). */
describe("the seeded Rotenburg case: its starter indicator catalogue", () => {
  let t: TestApp;
  let office: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  it("seeds a starter catalogue of proposals for the four action fields", async () => {
    const list = (
      await t.app.inject({ url: "/api/v1/indicators", headers: office })
    ).json<IndicatorList>();
    expect(list.items.length).toBeGreaterThanOrEqual(15);
    expect(list.items.length).toBeLessThanOrEqual(25);
    expect(list.items.every((i) => i.isProposal)).toBe(true);
    expect(new Set(list.items.map((i) => i.actionField?.position))).toEqual(new Set([1, 2, 3, 4]));
    expect(list.items.every((i) => i.status === "noData")).toBe(true);
  });
});
