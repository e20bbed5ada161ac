import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  builtInCommittee,
  concept,
  fund,
  measure,
  paper,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Every create route takes an Idempotency-Key (http/idempotency.ts): 20 parallel requests with
 * one key and one body create one object and all get the first answer; the same key with another
 * body is refused with 409 and creates nothing. On PGlite the requests queue; the PostgreSQL run
 * (TEST_DATABASE_URL) is the one that races them for real.
 */
describe("Idempotency-Key on every create route", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  const ids: Record<string, string> = {};

  const one = async (sql: string) => {
    const rows = await t.database.query<{ id: string }>(sql);
    if (!rows[0]) throw new Error(`no row: ${sql}`);
    return rows[0].id;
  };
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    admin = await t.signIn("admin");
    // The rows the creates refer to: a council with an adopted concept, a measure, a paper, a fund.
    const scope = scopeOf(t);
    const council = await builtInCommittee(scope);
    await concept(scope, { committeeId: council.id });
    ids.committee = council.id;
    ids.measure = (await measure(scope)).id;
    ids.paper = (await paper(scope, { committeeId: council.id })).id;
    ids.fund = (await fund(scope, { committeeId: council.id })).id;
    ids.measureType = await one("select id from measure_type order by name limit 1");
    ids.recommendation = await one(
      "select r.id from recommendation r join concept_version v on v.id = r.concept_version_id where v.status = 'adopted' limit 1",
    );
    const indicator = await t.app.inject({
      method: "POST",
      url: "/api/v1/indicators",
      headers: editor,
      payload: {
        key: "sprachkurs-teilnehmende",
        name: "Teilnehmende an Sprachkursen",
        unit: "count",
        direction: "higherIsBetter",
        periodicity: "year",
        publishable: false,
        aggregation: "sum",
      },
    });
    if (indicator.statusCode !== 201) throw new Error(indicator.body);
    ids.indicator = indicator.json().id;
  });
  afterAll(async () => t?.close());

  interface Case {
    name: string;
    url: () => string;
    table: string;
    body: () => Record<string, unknown>;
    other: () => Record<string, unknown>;
    as?: () => Record<string, string>;
  }

  const cases: Case[] = [
    {
      name: "measure",
      url: () => "/api/v1/measures",
      table: "measure",
      body: () => ({
        title: "Lernpatenschaften",
        description: "Ehrenamtliche Lernpaten",
        measureTypeId: ids.measureType,
        recommendationIds: [ids.recommendation],
      }),
      other: () => ({
        title: "Lernpatenschaften II",
        description: "Ehrenamtliche Lernpaten",
        measureTypeId: ids.measureType,
        recommendationIds: [ids.recommendation],
      }),
    },
    {
      name: "progress update",
      url: () => `/api/v1/measures/${ids.measure}/progress`,
      table: "progress_update",
      body: () => ({ reportedOn: "2024-06-30", trafficLight: "green", text: "Läuft gut." }),
      other: () => ({ reportedOn: "2024-06-30", trafficLight: "yellow", text: "Läuft gut." }),
    },
    {
      name: "partner",
      url: () => "/api/v1/partners",
      table: "partner",
      body: () => ({ name: "Caritas Musterstadt", kind: "welfare" }),
      other: () => ({ name: "Diakonie Musterstadt", kind: "welfare" }),
    },
    {
      name: "position",
      url: () => "/api/v1/positions",
      table: "staff_position",
      body: () => ({ title: "Sprachmittlung", periods: [{ validFrom: "2024-01-01", fte: 0.5 }] }),
      other: () => ({ title: "Sprachmittlung", periods: [{ validFrom: "2024-01-01", fte: 1 }] }),
    },
    {
      name: "indicator value",
      url: () => `/api/v1/indicators/${ids.indicator}/values`,
      table: "indicator_value",
      body: () => ({ period: "2019", value: 12 }),
      other: () => ({ period: "2019", value: 13 }),
    },
    {
      name: "indicator",
      url: () => "/api/v1/indicators",
      table: "indicator",
      body: () => ({
        key: "kursplaetze-offen",
        name: "Freie Kursplätze",
        unit: "count",
        direction: "higherIsBetter",
        periodicity: "year",
        publishable: false,
        aggregation: "sum",
      }),
      other: () => ({
        key: "kursplaetze-offen",
        name: "Freie Kursplätze (neu)",
        unit: "count",
        direction: "higherIsBetter",
        periodicity: "year",
        publishable: false,
        aggregation: "sum",
      }),
    },
    {
      name: "committee",
      url: () => "/api/v1/committees",
      table: "committee",
      body: () => ({ name: "Jugendhilfeausschuss", kind: "specialistCommittee" }),
      other: () => ({ name: "Schulausschuss", kind: "specialistCommittee" }),
    },
    {
      name: "meeting",
      url: () => "/api/v1/meetings",
      table: "meeting",
      body: () => ({ committeeId: ids.committee, name: "3. Sitzung", meetingDate: "2025-09-10" }),
      other: () => ({ committeeId: ids.committee, name: "4. Sitzung", meetingDate: "2025-09-10" }),
    },
    {
      name: "paper",
      url: () => "/api/v1/papers",
      table: "paper",
      body: () => ({ kind: "information", title: "Sachstand Sprachkurse" }),
      other: () => ({ kind: "decision", title: "Sachstand Sprachkurse" }),
    },
    {
      name: "consultation",
      url: () => `/api/v1/papers/${ids.paper}/consultations`,
      table: "consultation",
      body: () => ({ committeeId: ids.committee, role: "noting" }),
      other: () => ({ committeeId: ids.committee, role: "preliminary" }),
    },
    {
      name: "resolution",
      url: () => "/api/v1/resolutions",
      table: "resolution",
      body: () => ({
        committeeId: ids.committee,
        decidedOn: "2025-09-10",
        outcome: "noted",
        text: "Zur Kenntnis genommen.",
      }),
      other: () => ({
        committeeId: ids.committee,
        decidedOn: "2025-09-11",
        outcome: "noted",
        text: "Zur Kenntnis genommen.",
      }),
    },
    {
      name: "report draft",
      url: () => "/api/v1/report-drafts",
      table: "report_draft",
      body: () => ({
        committeeId: ids.committee,
        periodFrom: "2025-01-01",
        periodTo: "2025-06-30",
        title: "Sachstandsbericht 1/2025",
      }),
      other: () => ({
        committeeId: ids.committee,
        periodFrom: "2025-01-01",
        periodTo: "2025-06-30",
        title: "Sachstandsbericht I/2025",
      }),
    },
    {
      name: "fund source",
      url: () => `/api/v1/funds/${ids.fund}/sources`,
      table: "fund_source",
      body: () => ({ kind: "own", name: "Eigenmittel", amountCents: 100_000 }),
      other: () => ({ kind: "own", name: "Eigenmittel", amountCents: 200_000 }),
    },
    {
      name: "measure type",
      url: () => "/api/v1/measure-types",
      table: "measure_type",
      body: () => ({ name: "Elterncafé" }),
      other: () => ({ name: "Elternabend" }),
    },
    {
      name: "concept draft",
      url: () => "/api/v1/concept/versions",
      table: "concept_version",
      body: () => ({ title: "Fortschreibung 2026" }),
      other: () => ({ title: "Fortschreibung 2027" }),
    },
    {
      name: "user",
      url: () => "/api/v1/users",
      table: "app_user",
      body: () => ({
        email: "neu@example.org",
        role: "committee",
        password: "Ein-langes-Passwort-2026",
      }),
      other: () => ({
        email: "neu@example.org",
        role: "partner",
        password: "Ein-langes-Passwort-2026",
      }),
      as: () => admin,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: 20 parallel requests with one key create one; another body → 409`, async () => {
      const key = randomUUID();
      const headers = { ...(c.as?.() ?? editor), "idempotency-key": key };
      const before = await count(c.table);
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.app.inject({ method: "POST", url: c.url(), payload: c.body(), headers }),
        ),
      );
      const first = responses[0];
      expect(first?.statusCode, first?.body).toBe(201);
      for (const r of responses) {
        expect(r.statusCode, r.body).toBe(201);
        expect(r.body).toEqual(first?.body);
      }
      expect(responses.filter((r) => r.headers["idempotent-replayed"] === "true")).toHaveLength(19);
      expect(await count(c.table)).toBe(before + 1);

      const reused = await t.app.inject({
        method: "POST",
        url: c.url(),
        payload: c.other(),
        headers: { ...headers, "accept-language": "de" },
      });
      expect(reused.statusCode, reused.body).toBe(409);
      expect(reused.headers["content-type"]).toContain("application/problem+json");
      expect(reused.json().detail).toContain("Idempotency-Key");
      expect(await count(c.table)).toBe(before + 1);
    });
  }

  it("a refused first request frees its key: the corrected one with that key creates", async () => {
    const key = randomUUID();
    const headers = { ...editor, "idempotency-key": key };
    const before = await count("partner");
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: { name: "", kind: "welfare" },
      headers,
    });
    expect(refused.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: { name: "AWO Musterstadt", kind: "welfare" },
      headers,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count("partner")).toBe(before + 1);
  });

  it("refuses a malformed key with a field error on the header", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: { name: "Tafel Musterstadt", kind: "welfare" },
      headers: { ...editor, "idempotency-key": "x".repeat(201), "accept-language": "en" },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe("headers.idempotency-key");
  });

  it("no route that answers 201 Created is left without the key", () => {
    // Exceptions, each for a reason: a file upload (multipart, no JSON body to compare) and the
    // routes that answer a secret token once (it must not be stored for a replay).
    const exempt = new Set([
      "POST /api/v1/papers/:id/files",
      "POST /api/v1/grant-applications/:id/files",
      "POST /api/v1/grant-link/:token/applications/:id/files",
      "POST /api/v1/indicator-links",
      "POST /api/v1/grant-programmes/:id/links",
      "POST /api/v1/users/:id/password-reset",
      "POST /api/v1/account/tokens",
    ]);
    const forgotten = [...t.app.createRoutes]
      .filter(([route, idempotent]) => !idempotent && !exempt.has(route))
      .map(([route]) => route);
    expect(forgotten).toEqual([]);
    expect(t.app.createRoutes.get("POST /api/v1/funds/:fundId/bookings")).toBe("own");
    expect(t.app.createRoutes.get("POST /api/v1/measures")).toBe(true);
  });
});
