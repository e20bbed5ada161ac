import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureList } from "../../contract/measures";
import { createTestApp, type TestApp } from "../testing/test-app";
import { parseCsv } from "./csv-table";

const header =
  "Titel;Handlungsfeld;Handlungsempfehlung;Maßnahmenart;Beginn;Ende;Verantwortlich;Geplante Mittel (Euro);Geplantes Personal (VZÄ);Beschreibung";
const good1 =
  'Abendkurs Deutsch;Sprache und Bildung;Sprachkurse wohnortnah und mit Kinderbetreuung anbieten;Sprachkurs;01.09.2025;30.06.2026;Koordinierungsstelle;12.500,00;0,5;"Kurs mit ""Kinderbetreuung""; abends"';
const good2 =
  "Betriebsbesuche;1;Informationsveranstaltungen für Betriebe im Landkreis anbieten;Veranstaltung;;;;0;;";
const bad =
  "Lernwerkstatt;Wohnen;Sprachkurse wohnortnah und mit Kinderbetreuung anbieten;Sprachkurs;31.02.2025;;;;;";

describe("measure import (CSV, all or nothing) and export", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  const count = async () =>
    (await t.app.inject({ url: "/api/v1/measures?pageSize=200" })).json<MeasureList>().total;
  const audits = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);
  const send = (url: string, rows: string[]) =>
    t.app.inject({
      method: "POST",
      url,
      payload: { format: "csv", content: `\uFEFF${[header, ...rows].join("\r\n")}\r\n` },
      headers: editor,
    });

  it("parses quoted cells with semicolons and doubled quotes", () => {
    expect(parseCsv(`a;b\r\n"x;y";"sagt ""hallo"""\r\n`)).toEqual([
      ["a", "b"],
      ["x;y", 'sagt "hallo"'],
    ]);
  });

  it("a file with one bad row (unknown field, 31.02.) imports nothing and names that row's cells", async () => {
    const before = { measures: await count(), audits: await audits() };
    const preview = await send("/api/v1/measures/import/preview", [good1, bad, good2]);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().valid).toBe(false);
    expect(preview.json().rows[1]).toEqual({
      row: 3,
      title: "Lernwerkstatt",
      problems: [
        {
          column: "Handlungsfeld",
          code: "Dieses Handlungsfeld gibt es im beschlossenen Konzept nicht.",
        },
        { column: "Beginn", code: "Dieses Datum gibt es nicht (Format TT.MM.JJJJ)." },
      ],
    });
    const refused = await send("/api/v1/measures/import", [good1, bad, good2]);
    expect(refused.statusCode).toBe(422);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "rows.3.Handlungsfeld",
      "rows.3.Beginn",
    ]);
    expect(await count()).toBe(before.measures);
    expect(await audits()).toBe(before.audits);
  });

  it("the same file fixed imports every row, audited, and the export gives them back", async () => {
    const before = await count();
    const fixed = bad.replace("Wohnen", "Sprache und Bildung").replace("31.02.2025", "28.02.2025");
    const imported = await send("/api/v1/measures/import", [good1, fixed, good2]);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ imported: 3 });
    expect(await count()).toBe(before + 3);
    const csv = (await t.app.inject({ url: "/api/v1/measures/export.csv" })).body;
    expect(csv).toContain('"Kurs mit ""Kinderbetreuung""; abends"');
    expect(csv).toContain("12500,00");
    expect(csv).toContain("28.02.2025");
  });
});
