import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paper } from "../../../contract/council";
import { committee, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp, testCountySlug } from "../../../testing/test-app";
import { oparlValidator } from "./testing/oparl-schemas";

type Json = Record<string, unknown>;

/** A host with a domain: the schemas' "url" format refuses "localhost". */
const host = "kurs.landkreis.example";
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/**
 * A finalised Sachstandsbericht for a public session appears in the OParl export as a
 * Paper with its PDF as mainFile — the Vorlage its draft named, or a Paper of its own with the
 * meeting it was presented in. Reports for closed sessions stay out. Validated against the
 * official OParl 1.1 schemas (as the crawl in export.test.ts).
 */
describe("OParl export of committee reports", () => {
  let t: TestApp;
  const validate = oparlValidator();
  let own = "";
  let withPaper = "";
  let closed = "";
  let paper: Paper;
  let meetingId = "";

  const get = async (url: string) => {
    const response = await t.app.inject({ url: pathOf(url), headers: { host } });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json<Json>();
  };
  const all = async (list: "papers" | "files") => {
    const out: Json[] = [];
    let next: string | undefined = `http://${host}/oparl/v1/body/${testCountySlug}/${list}?limit=1`;
    while (next) {
      const page = (await get(next)) as { data: Json[]; links: { next?: string } };
      out.push(...page.data);
      next = page.links.next;
    }
    return out;
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-01-10";
    t = await createTestApp({ seeded: false });
    const editor = await t.signIn("coordinator");
    const api = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: editor, payload });
    const social = (await committee(scopeOf(t), { name: "Ausschuss für Teilhabe und Soziales" }))
      .id;
    const created = await api("POST", "/papers", {
      kind: "information",
      title: "Sachstandsbericht Integration – Vorlage",
    });
    paper = created.json<Paper>();
    meetingId = (
      await api("POST", "/meetings", {
        committeeId: social,
        name: "Sitzung des Sozialausschusses im März",
        meetingDate: "2025-03-12",
        agendaItems: [{ title: "Sachstandsbericht Integration", paperId: paper.id }],
      })
    ).json<{ id: string }>().id;
    const step = await api("POST", `/papers/${paper.id}/consultations`, {
      committeeId: social,
      meetingId,
      role: "noting",
    });
    expect(step.statusCode, step.body).toBe(201);
    const report = async (title: string, publicSession: boolean, paperId?: string) => {
      const draft = await api("POST", "/report-drafts", {
        committeeId: social,
        meetingId,
        ...(paperId ? { paperId } : {}),
        periodFrom: "2024-07-01",
        periodTo: "2025-02-19",
        title,
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const id = draft.json<{ id: string }>().id;
      expect((await api("PUT", `/report-drafts/${id}`, { publicSession })).statusCode).toBe(200);
      const final = await api("POST", `/report-drafts/${id}/finalise`, {});
      expect(final.statusCode, final.body).toBe(201);
      return final.json<{ id: string }>().id;
    };
    own = await report("Sachstandsbericht 2. Halbjahr 2024", true);
    withPaper = await report("Sachstandsbericht zur Vorlage", true, paper.id);
    closed = await report("Sachstandsbericht nichtöffentlich", false);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("a report without a Vorlage is a Paper of its own with its PDF as mainFile", async () => {
    const papers = await all("papers");
    const reportPaper = papers.find((p) => p.id === `http://${host}/oparl/v1/paper/${own}`);
    expect(reportPaper).toMatchObject({
      type: "https://schema.oparl.org/1.1/Paper",
      name: "Sachstandsbericht 2. Halbjahr 2024",
      paperType: "Mitteilungsvorlage",
      date: "2025-03-12",
      mainFile: {
        type: "https://schema.oparl.org/1.1/File",
        mimeType: "application/pdf",
        fileName: "Sachstandsbericht_Ausschuss-fuer-Teilhabe-und-Soziales_2025-03-12.pdf",
        accessUrl: `http://${host}/oeffentlich/berichte/${own}/bericht.pdf`,
        meeting: [`http://${host}/oparl/v1/meeting/${meetingId}`],
      },
      consultation: [
        expect.objectContaining({
          meeting: `http://${host}/oparl/v1/meeting/${meetingId}`,
          role: "Kenntnisnahme",
          authoritative: false,
        }),
      ],
    });
    if (!reportPaper) throw new Error("the report's Paper is missing");
    const main = reportPaper.mainFile as Json;
    const consultations = reportPaper.consultation as Json[];
    expect(validate(reportPaper)).toEqual([]);
    expect(validate(main)).toEqual([]);
    for (const c of consultations) expect(validate(c)).toEqual([]);
    // Every part answers at its id, the same as embedded.
    expect(await get(String(reportPaper.id))).toEqual(reportPaper);
    expect(await get(String(main.id))).toEqual(main);
    const consultation = consultations[0] as Json;
    expect(await get(String(consultation.id))).toEqual(consultation);
    // The PDF is there, on the public site.
    const pdf = await t.app.inject({ url: pathOf(String(main.accessUrl)), headers: { host } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("a report for a Vorlage is that paper's mainFile, linked to its agenda item", async () => {
    const paperObject = await get(`http://${host}/oparl/v1/paper/${paper.id}`);
    expect(validate(paperObject)).toEqual([]);
    expect(paperObject.mainFile).toMatchObject({
      id: `http://${host}/oparl/v1/file/${withPaper}`,
      accessUrl: `http://${host}/oeffentlich/berichte/${withPaper}/bericht.pdf`,
      paper: [`http://${host}/oparl/v1/paper/${paper.id}`],
    });
    const [consultation] = paperObject.consultation as Json[];
    expect(String(consultation?.agendaItem)).toMatch(/\/oparl\/v1\/agendaItem\/[0-9a-f-]{36}$/);
    // Not a second Paper of its own.
    const papers = await all("papers");
    expect(papers.some((p) => String(p.id).endsWith(withPaper))).toBe(false);
  });

  it("lists count them across pages; closed-session reports stay out", async () => {
    const papers = await all("papers");
    const files = await all("files");
    for (const object of [...papers, ...files]) expect(validate(object)).toEqual([]);
    expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
    expect(files.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        `http://${host}/oparl/v1/file/${own}`,
        `http://${host}/oparl/v1/file/${withPaper}`,
      ]),
    );
    const everything = JSON.stringify([...papers, ...files]);
    expect(everything).not.toContain(closed);
    expect(
      (await t.app.inject({ url: `/oparl/v1/paper/${closed}`, headers: { host } })).statusCode,
    ).toBe(404);
    // A report filtered out by modified_since is not counted.
    const future = await get(
      `http://${host}/oparl/v1/body/${testCountySlug}/papers?modified_since=${encodeURIComponent("2999-01-01T00:00:00Z")}`,
    );
    expect(future).toMatchObject({ data: [], pagination: { totalElements: 0 } });
  });
});
