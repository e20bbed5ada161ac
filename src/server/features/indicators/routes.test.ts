import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedLink, Indicator, IndicatorOptions } from "../../../contract/indicators";
import {
  builtInCommittee,
  concept,
  indicator,
  municipality,
  partner,
  scopeOf,
} from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { svgToPng } from "../../renderers/charts/svg-png";

describe("indicators API", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let partnerUser: Record<string, string>;
  let options: IndicatorOptions;
  let vhsId: string;
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);
  const inject = (
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: unknown,
    headers = office,
  ) => t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers });

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    partnerUser = await t.signIn("partner");
    const council = await builtInCommittee(scopeOf(t));
    await concept(scopeOf(t), { committeeId: council.id, decidedOn: "2023-03-15" });
    vhsId = (await partner(scopeOf(t), { name: "Volkshochschule Zeven", kind: "adultEducation" }))
      .id;
    // A town with its official key (AGS), as open data name it.
    await municipality(scopeOf(t), { name: "Rotenburg (Wümme)", ags: "03357039" });
    options = (await inject("GET", "/indicators/options")).json();
    await t.database.query("update app_user set partner_id = $1 where role = 'partner'", [vhsId]);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const base = {
    key: "b1-test",
    name: "B1-Prüfungen bestanden",
    unit: "count",
    direction: "higherIsBetter",
    periodicity: "quarter",
    publishable: true,
    aggregation: "sum",
  } as const;

  it("creates an indicator with target; a partner enters, the office approves, the light changes", async () => {
    const field = options.actionFields.find((f) => f.position === 2);
    const created = await inject("POST", "/indicators", {
      ...base,
      actionFieldLineageId: field?.lineageId,
      partnerIds: [vhsId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<Indicator>().id;
    expect(
      (await inject("PUT", `/indicators/${id}/targets`, { targets: [{ year: 2025, value: 40 }] }))
        .statusCode,
    ).toBe(200);

    const entered = await inject(
      "POST",
      `/indicators/${id}/values`,
      { period: "2025-Q1", value: 12 },
      partnerUser,
    );
    expect(entered.statusCode, entered.body).toBe(201);
    const draft = entered.json<Indicator>();
    expect(draft.values[0]).toMatchObject({
      status: "draft",
      value: 12,
      partnerName: expect.stringContaining("Volkshochschule"),
    });
    expect(draft.status).toBe("noData"); // drafts do not count

    const approved = await inject("POST", `/indicators/${id}/values/approve`, {
      valueIds: [draft.values[0]?.id],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // 12 of 40 after one quarter of four: 10 expected → on track.
    expect(approved.json<Indicator>()).toMatchObject({
      actual: 12,
      status: "onTrack",
      trafficLight: "green",
    });
    expect(approved.json<Indicator>().series).toEqual([{ period: "2025-Q1", value: 12 }]);

    // The chart renders on the server as SVG and as PNG.
    const svg = await inject("GET", `/indicators/${id}/chart.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers["content-type"]).toContain("image/svg+xml");
    expect(svg.body).toContain("B1-Prüfungen bestanden");
    expect(svg.body).not.toMatch(/<style|style="/);
    const png = await svgToPng(svg.body);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    if (process.env.KURS_CHART_PNG) writeFileSync(process.env.KURS_CHART_PNG, png);
    const status = await inject("GET", "/indicators/status.svg");
    expect(status.statusCode).toBe(200);
    expect(status.body).toContain("im Plan");
  });

  it("refuses partners for indicators not assigned to them and bad values, changing nothing", async () => {
    const other = await inject("POST", "/indicators", { ...base, key: "not-mine" });
    const id = other.json<Indicator>().id;
    const before = await count("indicator_value");
    const refused = await inject(
      "POST",
      `/indicators/${id}/values`,
      { period: "2025-Q1", value: 3 },
      partnerUser,
    );
    expect(refused.statusCode).toBe(403);
    const wrongPeriod = await inject("POST", `/indicators/${id}/values`, {
      period: "2025-03",
      value: 3,
    });
    expect(wrongPeriod.statusCode).toBe(422);
    expect(wrongPeriod.json().errors[0].path).toBe("period");
    const negative = await inject("POST", `/indicators/${id}/values`, {
      period: "2025-Q1",
      value: -1,
    });
    expect(negative.json().errors[0].path).toBe("value");
    const both = await inject("POST", `/indicators/${id}/values`, {
      period: "2025-Q1",
      value: 1,
      mark: ".",
    });
    expect(both.statusCode).toBe(422);
    expect(await count("indicator_value")).toBe(before);
    // A mark is kept as data, never as 0.
    const marked = await inject("POST", `/indicators/${id}/values`, {
      period: "2025-Q2",
      mark: ".",
    });
    expect(marked.json<Indicator>().values[0]).toMatchObject({ value: null, mark: "." });
  });

  it("scoped links: enter without account, within scope only, revocable, audited", async () => {
    const { id } = await indicator(scopeOf(t), {
      ...base,
      key: "b1-link",
      partnerIds: [vhsId],
    });
    const link = await inject("POST", "/indicator-links", {
      partnerId: vhsId,
      indicatorIds: [id],
      periods: ["2025-Q2"],
      expiresOn: "2025-07-31",
    });
    expect(link.statusCode, link.body).toBe(201);
    const { token, id: linkId } = link.json<CreatedLink>();
    const stored = await t.database.query<{ token_hash: string }>(
      "select token_hash from indicator_submission_link",
    );
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    const anon = { origin: office.origin ?? "" };
    const scope = await t.app.inject({ url: `/api/v1/indicator-submissions/${token}` });
    expect(scope.statusCode).toBe(200);
    expect(scope.json().indicators).toHaveLength(1);
    const audits = await count("audit_event");
    const outOfScope = await t.app.inject({
      method: "POST",
      url: `/api/v1/indicator-submissions/${token}`,
      payload: {
        values: [
          { indicatorId: id, period: "2025-Q2", value: 9 },
          { indicatorId: id, period: "2025-Q3", value: 9 },
        ],
      },
      headers: anon,
    });
    expect(outOfScope.statusCode).toBe(403);
    expect(await count("audit_event")).toBe(audits);
    const ok = await t.app.inject({
      method: "POST",
      url: `/api/v1/indicator-submissions/${token}`,
      payload: { values: [{ indicatorId: id, period: "2025-Q2", value: 9 }] },
      headers: anon,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count("audit_event")).toBe(audits + 1);
    expect((await inject("POST", `/indicator-links/${linkId}/revoke`)).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/indicator-submissions/${token}` })).statusCode).toBe(
      404,
    );
  });

  it("imports CSV all-or-nothing, naming row and column; keeps open-data marks by AGS", async () => {
    // The county's town Rotenburg (Wümme) carries the official key 03357039.
    await indicator(scopeOf(t), {
      ...base,
      key: "b1-import",
    });
    const before = await count("indicator_value");
    const bad = await inject("POST", "/indicators/import", {
      format: "csv",
      content:
        "Kennzahl;Zeitraum;AGS;Wert\nb1-import;2025-Q3;03357039;zwölf\nb1-import;2025-Q4;;-3\nb1-import;2025-Q4;03357999;4\n",
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad.json().errors.map((e: { path: string }) => e.path),
      bad.body,
    ).toEqual(["rows.2.Wert", "rows.3.Wert", "rows.4.AGS"]);
    expect(await count("indicator_value")).toBe(before);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Daten");
    sheet.addRows([
      ["Kennzahl", "Zeitraum", "AGS", "Wert"],
      ["b1-import", "2025-Q3", "03357039", "."],
      ["b1-import", "2025-Q4", "03357039", 7],
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const preview = await inject("POST", "/indicators/import/preview", { format: "xlsx", content });
    expect(preview.json().valid).toBe(true);
    expect(await count("indicator_value")).toBe(before);
    const good = await inject("POST", "/indicators/import", { format: "xlsx", content });
    expect(good.statusCode, good.body).toBe(201);
    const rows = await t.database.query<{ value: number | null; mark: string | null }>(
      "select value, mark from indicator_value where period in ('2025-Q3','2025-Q4') and municipality_id is not null order by period",
    );
    expect(rows).toEqual([
      { value: null, mark: "." },
      { value: 7, mark: null },
    ]);
  });

  it("adopts a proposal as it stands, drops another; partners may do neither; audited", async () => {
    // Two proposals of a starter catalogue: one reported by the Volkshochschule, of a field's goal.
    const field = options.actionFields[0];
    const first = await indicator(scopeOf(t), {
      key: "vorschlag-sprachkurse",
      name: "Teilnehmende an Integrationskursen",
      description: "Vorschlag: Eintritte in Integrationskurse im Jahr.",
      source: "BAMF",
      publishable: true,
      isProposal: true,
      actionFieldLineageId: field?.lineageId,
      goalLineageId: field?.goals[0]?.lineageId,
      partnerIds: [vhsId],
    });
    const second = await indicator(scopeOf(t), { key: "vorschlag-zwei", isProposal: true });
    const full = (await inject("GET", `/indicators/${first.id}`)).json<Indicator>();
    const input = {
      key: full.key,
      name: full.name,
      description: full.description,
      unit: full.unit,
      direction: full.direction,
      actionFieldLineageId: full.actionFieldLineageId,
      goalLineageId: full.goalLineageId,
      source: full.source,
      periodicity: full.periodicity,
      publishable: full.publishable,
      aggregation: full.aggregation,
      partnerIds: full.partnerIds,
    };
    // Saving an edit with isProposal: true keeps the flag.
    const edited = await inject("PUT", `/indicators/${first.id}`, { ...input, isProposal: true });
    expect(edited.json<Indicator>().isProposal).toBe(true);
    const partnerTry = await inject(
      "PUT",
      `/indicators/${first.id}`,
      { ...input, isProposal: false },
      partnerUser,
    );
    expect(partnerTry.statusCode).toBe(403);
    const adopted = await inject("PUT", `/indicators/${first.id}`, { ...input, isProposal: false });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json<Indicator>()).toMatchObject({
      isProposal: false,
      key: full.key,
      partnerIds: full.partnerIds,
      actionFieldLineageId: full.actionFieldLineageId,
    });
    const audit = await t.database.query<{ before: { isProposal: boolean } }>(
      "select before from audit_event where action = 'indicator.update' and entity_id = $1 order by occurred_at desc limit 1",
      [first.id],
    );
    expect(audit[0]?.before.isProposal).toBe(true);

    expect(
      (await inject("DELETE", `/indicators/${second.id}`, undefined, partnerUser)).statusCode,
    ).toBe(403);
    const dropped = await inject("DELETE", `/indicators/${second.id}`);
    expect(dropped.statusCode).toBe(204);
    expect((await inject("GET", `/indicators/${second.id}`)).statusCode).toBe(404);
    const deleted = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where action = 'indicator.delete' and entity_id = $1",
      [second.id],
    );
    expect(Number(deleted[0]?.n)).toBe(1);
  });

  it("refuses a malformed key at its field, in German, and stores nothing", async () => {
    const before = await count("indicator");
    const bad = await inject("POST", "/indicators", { ...base, key: "Kein Schlüssel" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      {
        path: "key",
        message: expect.stringContaining("Nur Kleinbuchstaben, Ziffern und Bindestriche"),
      },
    ]);
    expect(await count("indicator")).toBe(before);
  });
});
