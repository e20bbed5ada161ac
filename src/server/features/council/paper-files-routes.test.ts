import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paper, PaperFile } from "../../../contract/council";
import { builtInCommittee, paper as paperOf, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

const pdf = Buffer.from("%PDF-1.4\n% Anlage 1: Kostenplan Sprachkurse\n");
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe("paper editing and attachments", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let executiveId: string;
  let openPaper: Paper;
  const auditCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);
  const fileCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from paper_file"))[0]?.n);
  const upload = (
    paperId: string,
    body: Buffer,
    type: string,
    fileName = "Anlage.pdf",
    headers = editor,
  ) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/papers/${paperId}/files?fileName=${encodeURIComponent(fileName)}`,
      headers: { ...headers, "content-type": type },
      payload: body,
    });

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    executiveId = (await builtInCommittee(scopeOf(t), "executiveCommittee")).id;
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/papers",
      headers: editor,
      payload: {
        kind: "decision",
        title: "Sprachmittlung im Jobcenter",
        consultations: [{ committeeId: executiveId, role: "decision" }],
      },
    });
    openPaper = created.json<Paper>();
  });
  afterAll(async () => t?.close());

  it("uploads a PDF, lists it on the paper and serves it back byte for byte", async () => {
    const response = await upload(
      openPaper.id,
      pdf,
      "application/pdf",
      "Kostenplan – Übersicht.pdf",
    );
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json<PaperFile>();
    expect(file).toMatchObject({ fileName: "Kostenplan – Übersicht.pdf", size: pdf.length });
    const paper = (await t.app.inject({ url: `/api/v1/papers/${openPaper.id}` })).json<Paper>();
    expect(paper.files.map((f) => f.id)).toEqual([file.id]);
    const download = await t.app.inject({ url: `/api/v1/papers/${openPaper.id}/files/${file.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toContain("attachment;");
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await upload(openPaper.id, png, "image/png", "Karte.png")).statusCode).toBe(201);
  });

  it("refuses other types, content that does not match its type, empty files and strangers; nothing changes", async () => {
    const partner = await t.signIn("partner");
    const before = { files: await fileCount(), audit: await auditCount() };
    const html = await upload(openPaper.id, Buffer.from("<script>"), "text/html", "x.html");
    expect(html.statusCode).toBe(415);
    const fake = await upload(openPaper.id, Buffer.from("<html>"), "application/pdf");
    expect(fake.statusCode).toBe(422);
    expect(fake.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe("file");
    expect((await upload(openPaper.id, Buffer.alloc(0), "application/pdf")).statusCode).toBe(422);
    expect((await upload(openPaper.id, pdf, "application/pdf", "a.pdf", partner)).statusCode).toBe(
      403,
    );
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(openPaper.id, big, "application/pdf")).statusCode).toBe(413);
    expect({ files: await fileCount(), audit: await auditCount() }).toEqual(before);
  });

  it("edits an undecided paper's texts and records it", async () => {
    const before = await auditCount();
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/papers/${openPaper.id}`,
      headers: editor,
      payload: {
        title: "Sprachmittlung im Jobcenter und in der Ausländerbehörde",
        statementOfFacts: "Dolmetschende fehlen.",
        proposedResolution: "Der Kreisausschuss beschließt …",
        financialImpact: "40.000,00 € jährlich",
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Paper>()).toMatchObject({
      title: "Sprachmittlung im Jobcenter und in der Ausländerbehörde",
      statementOfFacts: "Dolmetschende fehlen.",
      financialImpact: "40.000,00 € jährlich",
      decided: false,
    });
    expect(await auditCount()).toBe(before + 1);
  });

  it("refuses editing, uploading and deleting on a decided paper; nothing changes", async () => {
    const own = await paperOf(scopeOf(t), { committeeId: executiveId });
    expect((await upload(own.id, pdf, "application/pdf")).statusCode).toBe(201);
    const paper = (await t.app.inject({ url: `/api/v1/papers/${own.id}` })).json<Paper>();
    const recorded = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: paper.consultations[0]?.committee.id,
        paperId: paper.id,
        decidedOn: "2025-03-01",
        outcome: "adopted",
        text: "Wie vorgeschlagen.",
        effects: [],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const before = { files: await fileCount(), audit: await auditCount() };
    const edit = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/papers/${paper.id}`,
      headers: { ...editor, "accept-language": "de" },
      payload: { title: "Anders" },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ detail: string }>().detail).toContain("beschlossen");
    expect((await upload(paper.id, pdf, "application/pdf")).statusCode).toBe(409);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/papers/${paper.id}/files/${paper.files[0]?.id}`,
      headers: editor,
    });
    expect(del.statusCode).toBe(409);
    const after = (await t.app.inject({ url: `/api/v1/papers/${paper.id}` })).json<Paper>();
    expect(after.title).toBe(paper.title);
    expect(after.decided).toBe(true);
    expect({ files: await fileCount(), audit: await auditCount() }).toEqual(before);
  });

  it("deletes an attachment of an undecided paper", async () => {
    const other = (await paperOf(scopeOf(t), { committeeId: executiveId })).id;
    const created = (await upload(other, pdf, "application/pdf")).json<PaperFile>();
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/papers/${other}/files/${created.id}`,
      headers: editor,
    });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({ url: `/api/v1/papers/${other}/files/${created.id}` });
    expect(gone.statusCode).toBe(404);
  });
});
