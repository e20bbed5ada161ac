import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureList } from "../../../contract/measures";
import { builtInCommittee, concept, measure, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { parseCsv } from "../../platform/tabular/csv-table";

/**
 * A county whose adopted concept has the two fields the rows name: field 1 with the
 * recommendation for businesses, "Sprache und Bildung" with the one for language courses (and no
 * field "Wohnen").
 */
async function countyWithConcept() {
  const t = await createTestApp({ seeded: false });
  const council = await builtInCommittee(scopeOf(t));
  await concept(scopeOf(t), {
    committeeId: council.id,
    fields: [
      {
        title: "Ausbildung und Arbeit",
        goals: [
          {
            title: "Betriebe gewinnen",
            recommendations: ["Informationsveranstaltungen für Betriebe im Landkreis anbieten"],
          },
        ],
      },
      {
        title: "Sprache und Bildung",
        goals: [
          {
            title: "Sprachkurse erreichbar machen",
            recommendations: ["Sprachkurse wohnortnah und mit Kinderbetreuung anbieten"],
          },
        ],
      },
    ],
  });
  return t;
}

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
    t = await countyWithConcept();
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  const count = async () =>
    (
      await t.app.inject({ url: "/api/v1/measures?pageSize=200", headers: editor })
    ).json<MeasureList>().total;
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
    const csv = (await t.app.inject({ url: "/api/v1/measures/export.csv", headers: editor })).body;
    expect(csv).toContain('"Kurs mit ""Kinderbetreuung""; abends"');
    // Euros as everywhere (src/domain/money): German grouping, read back by the import.
    expect(csv).toContain("12.500,00");
    expect(csv).toContain("28.02.2025");
  });
});

describe("measure and progress import as XLSX (same checks as CSV)", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await countyWithConcept();
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  const count = async () =>
    (
      await t.app.inject({ url: "/api/v1/measures?pageSize=200", headers: editor })
    ).json<MeasureList>().total;
  const updates = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from progress_update"))[0]?.n);
  /** A workbook as a spreadsheet user makes it: real date cells, numbers, text cells. */
  const workbook = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Tabelle1");
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
  };
  const send = async (url: string, rows: unknown[][]) =>
    t.app.inject({
      method: "POST",
      url,
      payload: { format: "xlsx", content: await workbook(rows) },
      headers: editor,
    });
  const head = header.split(";");
  const rec = "Sprachkurse wohnortnah und mit Kinderbetreuung anbieten";
  const row1 = [
    "Sprachcafé XLSX",
    "Sprache und Bildung",
    rec,
    "Sprachkurs",
    new Date(Date.UTC(2025, 8, 1)),
    null,
    "Koordinierungsstelle",
    2500.5,
    0.25,
    "aus Excel",
  ];
  const badRow = ["Lernwerkstatt XLSX", "Wohnen", rec, "Sprachkurs", "31.02.2025"];
  const row3 = [
    "Elternabend XLSX",
    1,
    "Informationsveranstaltungen für Betriebe im Landkreis anbieten",
    "Veranstaltung",
  ];

  it("an XLSX with one bad row (unknown field, 31.02.) imports nothing and lists that row's errors", async () => {
    const before = await count();
    const preview = await send("/api/v1/measures/import/preview", [head, row1, badRow, row3]);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().valid).toBe(false);
    expect(preview.json().rows.filter((r: { problems: unknown[] }) => r.problems.length)).toEqual([
      {
        row: 3,
        title: "Lernwerkstatt XLSX",
        problems: [
          {
            column: "Handlungsfeld",
            code: "Dieses Handlungsfeld gibt es im beschlossenen Konzept nicht.",
          },
          { column: "Beginn", code: "Dieses Datum gibt es nicht (Format TT.MM.JJJJ)." },
        ],
      },
    ]);
    const refused = await send("/api/v1/measures/import", [head, row1, badRow, row3]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "rows.3.Handlungsfeld",
      "rows.3.Beginn",
    ]);
    expect(await count()).toBe(before);
  });

  it("the same workbook fixed imports all rows; the XLSX export gives dates and amounts back as cells", async () => {
    const before = await count();
    const fixed = ["Lernwerkstatt XLSX", "Sprache und Bildung", rec, "Sprachkurs", "28.02.2025"];
    const imported = await send("/api/v1/measures/import", [head, row1, fixed, row3]);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ imported: 3 });
    expect(await count()).toBe(before + 3);

    const exported = await t.app.inject({ url: "/api/v1/measures/export.xlsx", headers: editor });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const titles = sheet?.getColumn(1).values ?? [];
    const at = titles.indexOf("Sprachcafé XLSX");
    expect(at).toBeGreaterThan(1);
    const row = sheet?.getRow(at);
    expect(row?.getCell(5).value).toEqual(new Date(Date.UTC(2025, 8, 1)));
    expect(row?.getCell(8).value).toBe(2500.5);
    expect(row?.getCell(9).value).toBe(0.25);
  });

  it("a file that is no workbook is refused with a message on the content", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/measures/import/preview",
      payload: { format: "xlsx", content: Buffer.from("Titel;Handlungsfeld").toString("base64") },
      headers: editor,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: "content", message: "Die Datei ist keine Excel-Arbeitsmappe (XLSX)." },
    ]);
  });

  it("progress updates: a bad row (unknown measure, unknown light, future date) imports none; fixed, all", async () => {
    // Its own two measures, so that this test runs alone too.
    await measure(scopeOf(t), { title: "Sprachcafé Fortschritt" });
    await measure(scopeOf(t), { title: "Elternabend Fortschritt" });
    const before = await updates();
    const rows = [
      ["Maßnahme", "Datum", "Ampel", "Sachstand"],
      ["Sprachcafé Fortschritt", new Date(Date.UTC(2025, 9, 1)), "gelb", "Räume gesucht"],
      ["Gibt es nicht", "01.10.2999", "lila", "?"],
    ];
    const refused = await send("/api/v1/progress-updates/import", rows);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "rows.3.Maßnahme",
      "rows.3.Datum",
      "rows.3.Ampel",
    ]);
    expect(await updates()).toBe(before);

    const fixed = [
      rows[0] ?? [],
      rows[1] ?? [],
      ["Elternabend Fortschritt", "01.10.2025", "grün", "Termin steht"],
    ];
    const imported = await send("/api/v1/progress-updates/import", fixed);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(await updates()).toBe(before + 2);
    const list = await t.app.inject({
      url: "/api/v1/measures?q=Sprachcaf%C3%A9%20Fortschritt",
      headers: editor,
    });
    expect(list.json<MeasureList>().items[0]?.trafficLight).toBe("yellow");

    const csv = (
      await t.app.inject({ url: "/api/v1/progress-updates/export.csv", headers: editor })
    ).body;
    expect(csv).toContain("Sprachcafé Fortschritt;01.10.2025;gelb;Räume gesucht;nein");
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/progress-updates/import/preview",
      payload: { format: "csv", content: csv },
      headers: editor,
    });
    expect(again.json().valid, again.body).toBe(true);
  });
});
