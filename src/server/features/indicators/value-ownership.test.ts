import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Indicator } from "../../../contract/indicators";
import { builtInCommittee, concept, partner, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Values are owned by their author. A partner's entry replaces only that
 * organisation's own draft — never another organisation's value, never the approved one; the
 * approved value stays in force until the office approves another (the old one is kept as
 * superseded). Runs on PGlite and PostgreSQL (concurrent entries need the latter to race).
 */
describe("indicator values owned by their author", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let partnerA: Record<string, string>;
  let partnerB: Record<string, string>;
  let indicatorId = "";
  const inject = (method: "GET" | "POST", url: string, payload?: unknown, headers = office) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers });
  const enter = (headers: Record<string, string>, value: number, period = "2025-Q1") =>
    inject("POST", `/indicators/${indicatorId}/values`, { period, value }, headers);
  const read = async () => (await inject("GET", `/indicators/${indicatorId}`)).json<Indicator>();
  const rows = () =>
    t.database.query<{ value: number; status: string; partner_id: string | null; period: string }>(
      "select value, status, partner_id, period from indicator_value where indicator_id = $1 order by created_at",
      [indicatorId],
    );

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    const council = await builtInCommittee(scopeOf(t));
    const adopted = await concept(scopeOf(t), { committeeId: council.id });
    const a = await partner(scopeOf(t), { name: "Träger A" });
    const b = await partner(scopeOf(t), { name: "Träger B" });
    partnerA = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [a.id],
    );
    partnerB = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [b.id],
    );
    const created = await inject("POST", "/indicators", {
      key: "beratungen-zwei-traeger",
      name: "Beratungen (zwei Träger)",
      unit: "count",
      direction: "higherIsBetter",
      periodicity: "quarter",
      aggregation: "sum",
      publishable: false,
      actionFieldLineageId: adopted.actionFields[0]?.lineageId,
      partnerIds: [a.id, b.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    indicatorId = created.json<Indicator>().id;
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("partner A's entry never replaces partner B's value for the same cell", async () => {
    expect((await enter(partnerA, 7)).statusCode).toBe(201);
    expect((await enter(partnerB, 9)).statusCode).toBe(201);
    expect((await enter(partnerA, 8)).statusCode).toBe(201); // A corrects its own draft
    const drafts = (await read()).values.filter((v) => v.status === "draft");
    expect(drafts.map((v) => v.value).sort()).toEqual([8, 9]);
    expect(new Set(drafts.map((v) => v.partnerName)).size).toBe(2);
  });

  it("a partner's entry never replaces an approved value; the office's next approval does", async () => {
    const nine = (await read()).values.find((v) => v.value === 9);
    const approved = await inject("POST", `/indicators/${indicatorId}/values/approve`, {
      valueIds: [nine?.id],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await read()).series).toEqual([{ period: "2025-Q1", value: 9 }]);

    expect((await enter(partnerA, 50)).statusCode).toBe(201);
    const after = await read();
    expect(after.series).toEqual([{ period: "2025-Q1", value: 9 }]); // still in force
    expect(after.values.find((v) => v.status === "approved")?.value).toBe(9);
    const fifty = after.values.find((v) => v.value === 50);
    expect(fifty?.status).toBe("draft");

    const next = await inject("POST", `/indicators/${indicatorId}/values/approve`, {
      valueIds: [fifty?.id],
    });
    expect(next.statusCode, next.body).toBe(200);
    expect((await read()).series).toEqual([{ period: "2025-Q1", value: 50 }]);
    // The approved 9 is kept as history, not overwritten.
    expect((await rows()).map((r) => [r.value, r.status])).toContainEqual([9, "superseded"]);
  });

  it("two drafts of one cell in one approval → 409, nothing changes", async () => {
    await enter(partnerA, 11);
    await enter(partnerB, 12);
    const drafts = (await read()).values.filter((v) => v.status === "draft");
    expect(drafts).toHaveLength(2);
    const before = await rows();
    const both = await inject("POST", `/indicators/${indicatorId}/values/approve`, {
      valueIds: drafts.map((d) => d.id),
    });
    expect(both.statusCode, both.body).toBe(409);
    expect(both.json().errors[0].path).toBe("valueIds.1");
    expect(await rows()).toEqual(before);
  });

  it("concurrent entries for one cell: one draft per organisation, no failure", async () => {
    // A cell of its own with an approved value.
    const period = "2025-Q2";
    const first = (await enter(partnerA, 1, period)).json<Indicator>();
    const approved = await inject("POST", `/indicators/${indicatorId}/values/approve`, {
      valueIds: [first.values.find((v) => v.period === period && v.status === "draft")?.id],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => enter(i % 2 ? partnerA : partnerB, 100 + i, period)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 201));
    const cell = async () => (await rows()).filter((r) => r.period === period);
    const drafts = (await cell()).filter((r) => r.status === "draft");
    expect(drafts).toHaveLength(2);
    expect(new Set(drafts.map((d) => d.partner_id)).size).toBe(2);
    expect((await cell()).filter((r) => r.status === "approved")).toHaveLength(1);
  });
});
