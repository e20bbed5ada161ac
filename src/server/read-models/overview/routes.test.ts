import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Overview } from "../../../contract/overview";
import {
  builtInCommittee,
  committee,
  concept,
  fund,
  meeting,
  paper,
  scopeOf,
} from "../../../testing/factories";
import {
  createTestApp,
  type TestApp,
  testCountyName,
  testCountySlug,
} from "../../../testing/test-app";

/**
 * The overview on a county of the test's own: the adopted concept's fields with the focus, who
 * adopted it and when, the funds with their purpose, the papers awaiting a decision with their
 * next consultation, the latest meetings.
 */
describe("GET /api/v1/overview", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    const scope = scopeOf(t);
    const executive = await builtInCommittee(scope, "executiveCommittee");
    const council = await builtInCommittee(scope);
    await meeting(scope, { committeeId: executive.id, meetingDate: "2023-03-15" });
    const adopted = await concept(scope, {
      committeeId: executive.id,
      decidedOn: "2023-03-15",
      fields: [{ title: "Arbeit" }, { title: "Sprache" }, { title: "Wohnen und Zusammenleben" }],
      focus: "Sprache",
    });
    const language = adopted.actionFields.find((f) => f.title === "Sprache");
    await fund(scope, {
      committeeId: council.id,
      name: "Mittel für Sprachkurse 2025",
      fiscalYear: 2025,
      estimateCents: 25_000_000,
      purpose: [{ kind: "actionField", actionFieldLineageId: language?.lineageId }],
    });
    const social = await committee(scope, { name: "Sozialausschuss" });
    await meeting(scope, { committeeId: social.id, meetingDate: "2024-02-01" });
    await paper(scope, { committeeId: social.id, title: "Sprachkurse im ländlichen Raum" });
  });
  afterAll(async () => t?.close());

  it("shows the fields with the focus, the fund, the paper awaiting its committee and the meetings", async () => {
    const response = await t.app.inject({ url: "/api/v1/overview" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    const overview = response.json<Overview>();
    expect(overview.tenant.name).toBe(testCountyName);
    expect(overview.actionFields.map((f) => [f.position, f.title, f.isFocus])).toEqual([
      [1, "Arbeit", false],
      [2, "Sprache", true],
      [3, "Wohnen und Zusammenleben", false],
    ]);
    expect(overview.concept).toMatchObject({
      adoptedOn: "2023-03-15",
      adoptedBy: "Kreisausschuss",
    });
    expect(overview.focus).toMatchObject({ actionFieldTitle: "Sprache" });
    expect(overview.funds).toHaveLength(1);
    expect(overview.funds[0]).toMatchObject({
      fiscalYear: 2025,
      estimateCents: 25_000_000,
      grantedBy: "Kreistag",
      purpose: [{ kind: "actionField", actionField: "Sprache" }],
    });
    expect(overview.pendingPapers.map((p) => p.title)).toEqual(["Sprachkurse im ländlichen Raum"]);
    expect(overview.pendingPapers[0]?.nextConsultation).toEqual({
      committee: "Sozialausschuss",
      role: "decision",
      meetingDate: null,
    });
    expect(overview.recentMeetings.map((m) => [m.committee, m.meetingDate])).toEqual([
      ["Sozialausschuss", "2024-02-01"],
      ["Kreisausschuss", "2023-03-15"],
    ]);
  });

  it("tells the web which database runs", async () => {
    const response = await t.app.inject({ url: "/api/v1/tenant" });
    expect(response.json()).toEqual({
      name: testCountyName,
      slug: testCountySlug,
      database: t.database.driver,
    });
  });
});
