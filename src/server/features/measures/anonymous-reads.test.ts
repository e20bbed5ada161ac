import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureOptions } from "../../../contract/measures";
import { builtInCommittee, concept, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Anonymous readers see only measures marked public, and never a person's
 * name — on every list, export and single-item route. A non-public measure carries a marker that
 * must appear nowhere anonymous; a public one carries a person's name that must not either.
 */
describe("anonymous readers see only public measures, without names", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let hiddenId = "";
  let publicId = "";
  let partnerId = "";
  const hidden = "GEHEIM-MARKER-7b1e";
  const person = "Erika Musterfrau";
  const progressText = "INTERNER-SACHSTAND-5c2a";

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-06-30";
    t = await createTestApp({ seeded: false });
    // An adopted concept, so that measures can be linked to a recommendation.
    const council = await builtInCommittee(scopeOf(t));
    await concept(scopeOf(t), { committeeId: council.id });
    editor = await t.signIn("coordinator");
    const options = (
      await t.app.inject({ url: "/api/v1/measures/options" })
    ).json<MeasureOptions>();
    const rec = options.actionFields[0]?.goals[0]?.recommendations[0]?.id ?? "";
    const partner = await t.app.inject({
      method: "POST",
      url: "/api/v1/partners",
      payload: { name: "VHS Marker", kind: "adultEducation" },
      headers: editor,
    });
    partnerId = partner.json().id;
    const create = async (title: string, isPublic: boolean) => {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/measures",
        payload: {
          title,
          description: `${title} Beschreibung`,
          measureTypeId: options.measureTypes[0]?.id,
          recommendationIds: [rec],
          partnerIds: [partnerId],
          responsiblePerson: person,
          responsibleUnit: "Koordinierungsstelle",
          startOn: "2025-01-01",
          endOn: "2025-12-31",
          isPublic,
        },
        headers: editor,
      });
      expect(response.statusCode, response.body).toBe(201);
      const id = response.json().id as string;
      const progress = await t.app.inject({
        method: "POST",
        url: `/api/v1/measures/${id}/progress`,
        payload: {
          reportedOn: "2025-06-01",
          trafficLight: "green",
          text: `${progressText} ${title}`,
        },
        headers: editor,
      });
      expect(progress.statusCode, progress.body).toBe(201);
      return id;
    };
    hiddenId = await create(`${hidden} Maßnahme`, false);
    publicId = await create("Öffentliches Sprachcafé", true);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const anonymousRoutes = () => [
    "/api/v1/measures",
    `/api/v1/measures?q=${encodeURIComponent(hidden)}`,
    `/api/v1/measures/${publicId}`,
    "/api/v1/measures/timeline",
    "/api/v1/measures/by-municipality",
    "/api/v1/measures/rollup",
    "/api/v1/measures/export.csv",
    "/api/v1/measures/export.xlsx",
    "/api/v1/progress-updates/export.csv",
    "/api/v1/progress-updates/export.xlsx",
    `/api/v1/partners/${partnerId}`,
    "/api/v1/partners",
    "/api/v1/overview",
    "/oeffentlich/daten/massnahmen.json",
    "/oeffentlich/daten/massnahmen.csv",
  ];

  it("no anonymous route carries the non-public marker or a person's name", async () => {
    const leaks: string[] = [];
    let answered = 0;
    for (const url of anonymousRoutes()) {
      const response = await t.app.inject({ url });
      if (response.statusCode === 404) continue;
      answered++;
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
      // XLSX is a zip: look at its XML, not at compressed bytes.
      const body = url.endsWith(".xlsx") ? await xlsxText(response.rawPayload) : response.body;
      for (const secret of [hidden, person])
        if (body.includes(secret)) leaks.push(`${url}: ${secret}`);
    }
    expect(answered).toBeGreaterThanOrEqual(10);
    expect(leaks).toEqual([]);
  });

  it("the public measure is there for anonymous readers, without its person", async () => {
    const list = (await t.app.inject({ url: "/api/v1/measures" })).json();
    expect(list.items.map((m: { id: string }) => m.id)).toEqual([publicId]);
    const one = (await t.app.inject({ url: `/api/v1/measures/${publicId}` })).json();
    expect(one.title).toBe("Öffentliches Sprachcafé");
    expect(one.responsiblePerson).toBeNull();
    expect(one.responsibleUnit).toBe("Koordinierungsstelle");
    const csv = (await t.app.inject({ url: "/api/v1/progress-updates/export.csv" })).body;
    expect(csv).toContain("Öffentliches Sprachcafé");
  });

  it("the non-public measure is a 404 anonymously, and complete for signed-in readers", async () => {
    const anonymous = await t.app.inject({ url: `/api/v1/measures/${hiddenId}` });
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.headers["content-type"]).toContain("application/problem+json");
    const signedIn = await t.app.inject({ url: `/api/v1/measures/${hiddenId}`, headers: editor });
    expect(signedIn.json()).toMatchObject({ responsiblePerson: person, isPublic: false });
    const all = (await t.app.inject({ url: "/api/v1/measures", headers: editor })).json();
    expect(all.items.map((m: { id: string }) => m.id)).toContain(hiddenId);
    const csv = (await t.app.inject({ url: "/api/v1/measures/export.csv", headers: editor })).body;
    expect(csv).toContain(hidden);
  });
});

async function xlsxText(buffer: Buffer): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as never);
  const cells: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? "")))),
  );
  return cells.join("\n");
}
