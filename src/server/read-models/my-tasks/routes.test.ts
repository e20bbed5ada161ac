import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftSummary } from "../../../contract/committee-reports";
import type { Indicator, IndicatorOptions } from "../../../contract/indicators";
import type { MyTask } from "../../../contract/my-tasks";
import {
  account,
  builtInCommittee,
  committee,
  concept,
  county,
  measure,
  partner as provider,
  scopeOf,
} from "../../../testing/factories";
import {
  createTestApp,
  sessionCookieFrom,
  type TestApp,
  testOrigin,
} from "../../../testing/test-app";

/**
 * Meine Aufgaben per role: a partner sees the Sachstände of its organisation's measures and the
 * values its links still ask for; the office the Sachstände nobody else is asked for and the
 * drafts to finalise; a committee member nothing. Nearest deadline first, overdue marked; another
 * county's data never shows.
 */
describe("GET /api/v1/me/tasks", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let partner: Record<string, string>;
  let member: Record<string, string>;
  let partnerId = "";
  let otherPartnerId = "";
  let indicatorId = "";
  let draft: DraftSummary;
  const inject = (
    method: "GET" | "POST",
    url: string,
    payload?: unknown,
    headers: Record<string, string> = office,
  ) => t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers });
  const tasksOf = async (headers: Record<string, string>) => {
    const response = await inject("GET", "/me/tasks", undefined, headers);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: MyTask[] }>().items;
  };
  const measuresOf = async (id: string) =>
    (
      await t.database.query<{ measure_id: string }>(
        "select measure_id from measure_partner where partner_id = $1",
        [id],
      )
    ).map((r) => r.measure_id);

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-01-10";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    member = await t.signIn("committee");
    // A concept; a partner with two measures, and one other with one.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id, decidedOn: "2023-03-15" });
    partnerId = (await provider(scope, { name: "Volkshochschule", kind: "adultEducation" })).id;
    otherPartnerId = (await provider(scope, { name: "Jobcenter", kind: "jobcenter" })).id;
    for (const id of [partnerId, partnerId, otherPartnerId])
      await measure(scope, { partnerIds: [id], leadPartnerId: id });
    partner = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [partnerId],
    );
    const social = (
      await committee(scope, {
        name: "Ausschuss für Soziales, Arbeit und Gesundheit",
        kind: "specialistCommittee",
      })
    ).id;
    await inject("POST", "/resolutions", {
      committeeId: social,
      decidedOn: "2024-03-05",
      outcome: "adopted",
      text: "Über die Entwicklung wird halbjährlich berichtet.",
      effects: [{ type: "requireReporting", committeeId: social, cadence: "halfYearly" }],
    });
    await inject("POST", "/meetings", {
      committeeId: social,
      name: "Sitzung des Sozialausschusses",
      meetingDate: "2025-03-12",
    });
    // A draft for that meeting (Vorlagenfrist 19.02.2025).
    const created = await inject("POST", "/report-drafts", {
      committeeId: social,
      reportingDutyId: (await inject("GET", "/reporting-duties")).json<{
        items: { id: string }[];
      }>().items[0]?.id,
      periodFrom: "2024-08-20",
      periodTo: "2025-02-19",
      title: "Sachstandsbericht Integration",
    });
    expect(created.statusCode, created.body).toBe(201);
    draft = created.json<DraftSummary>();
    // A quarterly indicator the partner reports, and a link for two quarters.
    const options = (await inject("GET", "/indicators/options")).json<IndicatorOptions>();
    const indicator = await inject("POST", "/indicators", {
      key: "sprachkurs-teilnehmende",
      name: "Teilnehmende an Sprachkursen",
      unit: "count",
      direction: "higherIsBetter",
      periodicity: "quarter",
      aggregation: "sum",
      publishable: false,
      actionFieldLineageId: options.actionFields[0]?.lineageId,
      partnerIds: [partnerId],
    });
    expect(indicator.statusCode, indicator.body).toBe(201);
    indicatorId = indicator.json<Indicator>().id;
    const link = await inject("POST", "/indicator-links", {
      partnerId,
      indicatorIds: [indicatorId],
      periods: ["2024-Q3", "2024-Q4"],
      expiresOn: "2025-01-31",
    });
    expect(link.statusCode, link.body).toBe(201);
    // Another organisation's link: never the partner's task.
    await inject("POST", "/indicator-links", {
      partnerId: otherPartnerId,
      indicatorIds: [indicatorId],
      periods: ["2024-Q4"],
      expiresOn: "2025-01-31",
    });
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("a partner: Sachstände of its own organisation's measures and its link's open values", async () => {
    const items = await tasksOf(partner);
    const own = new Set(await measuresOf(partnerId));
    const updates = items.filter((i) => i.kind === "progressUpdate");
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) {
      expect(own.has(u.measure.id)).toBe(true);
      expect(u).toMatchObject({
        due: "2025-02-05",
        overdue: false,
        committee: "Ausschuss für Soziales, Arbeit und Gesundheit",
        href: `/massnahmen/${u.measure.id}#progress-title`,
      });
    }
    const values = items.filter((i) => i.kind === "indicatorValues");
    expect(values).toEqual([
      expect.objectContaining({
        due: "2025-01-31",
        overdue: false,
        indicator: { id: indicatorId, name: "Teilnehmende an Sprachkursen" },
        periods: ["2024-Q3", "2024-Q4"],
        href: `/kennzahlen/${indicatorId}#value-period`,
      }),
    ]);
    expect(items.some((i) => i.kind === "reportDraft")).toBe(false);
    // Nearest deadline first: the link (31.01.) before the Sachstände (05.02.).
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    expect(items[0]?.kind).toBe("indicatorValues");
  });

  it("a value entered leaves the list; an expired link is overdue", async () => {
    const entered = await inject(
      "POST",
      `/indicators/${indicatorId}/values`,
      { period: "2024-Q3", value: 14 },
      partner,
    );
    expect(entered.statusCode, entered.body).toBe(201);
    // Another organisation's draft for Q4 does not count as this partner's delivery.
    await t.database.query(
      "update indicator_submission_link set expires_at = '2025-01-05T23:59:59Z' where partner_id = $1",
      [partnerId],
    );
    const values = (await tasksOf(partner)).filter((i) => i.kind === "indicatorValues");
    expect(values).toEqual([
      expect.objectContaining({ periods: ["2024-Q4"], due: "2025-01-05", overdue: true }),
    ]);
  });

  it("the office: the drafts to finalise and the Sachstände no partner is asked for", async () => {
    // Every measure has a partner: one loses its partners, so the office answers for it.
    const [loose] = await t.database.query<{ id: string }>(
      `select id from measure where status in ('planned', 'inProgress', 'paused')
          and id not in (select measure_id from measure_partner where partner_id = $1)
        order by title limit 1`,
      [partnerId],
    );
    await t.database.query("delete from measure_partner where measure_id = $1", [loose?.id]);
    const items = await tasksOf(office);
    expect(items.filter((i) => i.kind === "reportDraft")).toEqual([
      {
        kind: "reportDraft",
        due: "2025-02-19",
        overdue: false,
        href: `/berichte/entwuerfe/${draft.id}`,
        draft: { id: draft.id, title: "Sachstandsbericht Integration" },
        committee: "Ausschuss für Soziales, Arbeit und Gesundheit",
        meetingDate: "2025-03-12",
      },
    ]);
    const withPartners = new Set(
      (
        await t.database.query<{ measure_id: string }>("select measure_id from measure_partner")
      ).map((r) => r.measure_id),
    );
    const updates = items.filter((i) => i.kind === "progressUpdate");
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) expect(withPartners.has(u.measure.id)).toBe(false);
    expect(updates.map((u) => u.kind === "progressUpdate" && u.measure.id)).toContain(loose?.id);
    expect(items.some((i) => i.kind === "indicatorValues")).toBe(false);
    expect(items.at(-1)?.kind).toBe("reportDraft");
  });

  it("a Sachstand reported leaves the partner's list", async () => {
    const before = (await tasksOf(partner)).filter((i) => i.kind === "progressUpdate");
    const first = before[0];
    if (first?.kind !== "progressUpdate") throw new Error("no Sachstand asked");
    const reported = await inject(
      "POST",
      `/measures/${first.measure.id}/progress`,
      { reportedOn: "2025-01-09", trafficLight: "yellow", text: "14 Teilnehmende" },
      partner,
    );
    expect(reported.statusCode, reported.body).toBe(201);
    const after = (await tasksOf(partner)).filter((i) => i.kind === "progressUpdate");
    expect(after.map((i) => i.kind === "progressUpdate" && i.measure.id)).not.toContain(
      first.measure.id,
    );
    expect(after).toHaveLength(before.length - 1);
  });

  it("a committee member and a partner without organisation have nothing due; signed out: 401", async () => {
    expect(await tasksOf(member)).toEqual([]);
    const loose = await t.signIn("partner");
    expect(await tasksOf(loose)).toEqual([]);
    const anonymous = await t.app.inject({ url: "/api/v1/me/tasks" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("another county's drafts and links never show", async () => {
    // County B: a concept and a partner's measure of its own, and a coordinator.
    const countyB = await county(t.database, { slug: "zwilling", name: "Landkreis Zwilling" });
    const councilB = await builtInCommittee(countyB);
    await concept(countyB, { committeeId: councilB.id, decidedOn: "2023-03-15" });
    const partnerB = await provider(countyB);
    await measure(countyB, { partnerIds: [partnerB.id], leadPartnerId: partnerB.id });
    const coordinatorB = await account(countyB, "coordinator");
    const before = await tasksOf(office);
    const { buildApp } = await import("../../app");
    const appB = await buildApp({
      database: t.database,
      tenantSlug: "zwilling",
      loginRateLimit: 1000,
    });
    try {
      const login = await appB.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: coordinatorB,
        headers: { origin: testOrigin },
      });
      const officeB = {
        cookie: sessionCookieFrom(login.headers["set-cookie"]),
        origin: testOrigin,
      };
      const tasksB = (await appB.inject({ url: "/api/v1/me/tasks", headers: officeB })).json<{
        items: MyTask[];
      }>().items;
      // B has no duty and no draft: none of A's drafts or duties reach it.
      expect(tasksB.filter((i) => i.kind === "reportDraft")).toEqual([]);
      expect(tasksB.filter((i) => i.kind === "progressUpdate")).toEqual([]);
    } finally {
      await appB.close();
    }
    expect(await tasksOf(office)).toEqual(before);
  });
});
