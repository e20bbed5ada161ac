import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../contract/concept";
import type { Council } from "../contract/council";
import type { Indicator, IndicatorList } from "../contract/indicators";
import type { Fund } from "../contract/ledger";
import type { Measure, MeasureOptions } from "../contract/measures";
import type { Overview } from "../contract/overview";
import { findTenant } from "../server/platform/tenancy/tenants";
import {
  account,
  builtInCommittee,
  committee,
  concept,
  county,
  fund,
  indicator,
  measure,
  meeting,
  municipality,
  paper,
  partner,
  reportingDuty,
  scopeOf,
} from "./factories";
import { createTestApp, type TestApp, testOrigin } from "./test-app";

describe("test factories on an empty county: what they create, the API shows", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  const get = <T>(url: string) =>
    t.app.inject({ url: `/api/v1${url}`, headers: editor }).then((r) => r.json<T>());

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  it("starts without concept or funds, with the Kreistag and the Kreisausschuss every county has", async () => {
    expect((await get<Concept>("/concept")).current).toBeNull();
    expect((await get<Council>("/council")).committees.map((c) => c.kind).sort()).toEqual([
      "council",
      "executiveCommittee",
    ]);
    expect((await get<Overview>("/overview")).funds).toEqual([]);
    const council = await builtInCommittee(scopeOf(t));
    const executive = await builtInCommittee(scopeOf(t), "executiveCommittee");
    expect([council.name, council.kind]).toEqual(["Kreistag", "council"]);
    expect([executive.name, executive.kind]).toEqual(["Kreisausschuss", "executiveCommittee"]);
  });

  it("a committee with a meeting, a pending paper and a reporting duty", async () => {
    const created = await committee(scopeOf(t), { kind: "workingGroup" });
    const held = await meeting(scopeOf(t), { committeeId: created.id, meetingDate: "2025-02-03" });
    await reportingDuty(scopeOf(t), { committeeId: created.id, cadence: "yearly" });
    const council = await get<Council>("/council");
    expect(council.committees).toContainEqual(
      expect.objectContaining({ id: created.id, kind: "workingGroup" }),
    );
    expect(council.meetings.find((m) => m.id === held.id)?.meetingDate).toBe("2025-02-03");
    const pending = await paper(scopeOf(t), { committeeId: created.id, meetingId: held.id });
    const overview = await get<Overview>("/overview");
    expect(overview.pendingPapers.map((p) => p.id)).toContain(pending.id);
    expect(pending.consultations).toEqual([
      expect.objectContaining({
        role: "decision",
        committee: expect.objectContaining({ id: created.id }),
      }),
    ]);
    const duties = await get<{ items: { committee: { id: string }; cadence: string }[] }>(
      "/reporting-duties",
    );
    expect(duties.items).toContainEqual(
      expect.objectContaining({ committee: expect.objectContaining({ id: created.id }) }),
    );
  });

  it("a fund granted by a resolution, with its estimate in cents", async () => {
    const granting = await committee(scopeOf(t));
    const created = await fund(scopeOf(t), {
      committeeId: granting.id,
      estimateCents: 123_456,
      fiscalYear: 2025,
    });
    const read = await get<Fund>(`/funds/${created.id}`);
    expect(read).toMatchObject({ name: created.name, fiscalYear: 2025, estimateCents: 123_456 });
  });

  it("a partner and a measure of the adopted concept led by it", async () => {
    await concept(scopeOf(t), { committeeId: (await builtInCommittee(scopeOf(t))).id });
    const provider = await partner(scopeOf(t), { kind: "adultEducation" });
    const created = await measure(scopeOf(t), {
      partnerIds: [provider.id],
      leadPartnerId: provider.id,
    });
    const options = await get<MeasureOptions>("/measures/options");
    expect(options.partners.map((p) => p.id)).toContain(provider.id);
    const read = await get<Measure>(`/measures/${created.id}`);
    expect(read.title).toBe(created.title);
    expect(read.status).toBe("planned");
  });

  it("an account that signs in, and a county of its own", async () => {
    const { email, password } = await account(scopeOf(t), "partner");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
      headers: { origin: testOrigin },
    });
    expect(login.statusCode).toBe(200);
    const other = await county(t.database, { name: "Landkreis Fabrik" });
    expect(other.tenantId).not.toBe(t.tenantId);
    expect((await findTenant(t.database.db, other.tenantId))?.name).toBe("Landkreis Fabrik");
  });

  it("an adopted concept with its fields, goals, recommendations and focus; a fund bound to a field", async () => {
    const adopting = await builtInCommittee(scopeOf(t), "executiveCommittee");
    const version = await concept(scopeOf(t), {
      committeeId: adopting.id,
      decidedOn: "2023-03-15",
      fields: [
        { title: "Arbeit" },
        { title: "Sprache", goals: [{ title: "Kurse", recommendations: ["Vor Ort", "Abends"] }] },
      ],
      focus: "Sprache",
    });
    const read = await get<Concept>("/concept");
    expect(read.current?.id).toBe(version.id);
    expect(read.current?.adoptedOn).toBe("2023-03-15");
    expect(read.current?.actionFields.map((f) => f.title)).toEqual(["Arbeit", "Sprache"]);
    expect(read.current?.actionFields[1]?.goals[0]?.recommendations.map((r) => r.title)).toEqual([
      "Vor Ort",
      "Abends",
    ]);
    const language = version.actionFields[1];
    expect((await get<Overview>("/overview")).focus?.actionFieldTitle).toBe("Sprache");
    const bound = await fund(scopeOf(t), {
      committeeId: adopting.id,
      purpose: [{ kind: "actionField", actionFieldLineageId: language?.lineageId }],
    });
    const overview = await get<Overview>("/overview");
    expect(overview.funds.find((f) => f.id === bound.id)?.purpose).toEqual([
      expect.objectContaining({ kind: "actionField", actionField: "Sprache" }),
    ]);
    const created = await measure(scopeOf(t), { actionFieldTitle: "Sprache" });
    expect((await get<Measure>(`/measures/${created.id}`)).title).toBe(created.title);
  });

  it("an indicator reported by a partner, adopted (no proposal), as the catalogue lists it", async () => {
    const provider = await partner(scopeOf(t));
    const created = await indicator(scopeOf(t), {
      name: "Abschlüsse B1",
      periodicity: "quarter",
      partnerIds: [provider.id],
    });
    const list = await get<IndicatorList>("/indicators");
    expect(list.items).toContainEqual(
      expect.objectContaining({ id: created.id, isProposal: false, partnerIds: [provider.id] }),
    );
    expect(await get<Indicator>(`/indicators/${created.id}`)).toMatchObject({
      name: "Abschlüsse B1",
      periodicity: "quarter",
      unit: "count",
      publishable: false,
    });
  });

  it("municipalities of the county, offered for measures with their kind and key", async () => {
    const city = await municipality(scopeOf(t), { kind: "city", ags: "03999001" });
    const joint = await municipality(scopeOf(t), { kind: "jointMunicipality" });
    const options = await get<MeasureOptions>("/measures/options");
    expect(options.municipalities).toEqual([
      expect.objectContaining({ id: city.id, name: city.name, kind: "city", ags: "03999001" }),
      expect.objectContaining({ id: joint.id, kind: "jointMunicipality", ags: null }),
    ]);
  });
});
