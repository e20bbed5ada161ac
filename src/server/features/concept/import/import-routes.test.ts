import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept, ConceptVersion } from "../../../../contract/concept";
import type { ConceptImportPreview } from "../../../../contract/concept-import";
import { createTestApp, type TestApp } from "../../../../testing/test-app";
import { sampleConceptDocx } from "./sample-concept";

/** A ZIP with one part, its declared size as given (a lying directory is part of a zip bomb). */
function zipWith(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + nameBytes.length, 12);
  eocd.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, eocd]);
}

describe("importing a concept from DOCX or an XLSX/CSV outline", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = { ...(await t.signIn("coordinator")), "accept-language": "de-DE" };
  });
  afterAll(async () => t?.close());

  const post = (path: "preview" | "", payload: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/concept/import${path ? `/${path}` : ""}`,
      payload,
      headers: editor,
    });
  const versionCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from concept_version"))[0]?.n);
  const itemCount = async () =>
    Number(
      (
        await t.database.query<{ n: string }>(
          "select (select count(*) from goal) + (select count(*) from recommendation) n",
        )
      )[0]?.n,
    );
  /** Nothing was stored and the answer was a clean 4xx. */
  const refusedCleanly = async (payload: object, before: { versions: number; items: number }) => {
    const preview = await post("preview", payload);
    const imported = await post("", payload);
    for (const r of [preview, imported]) {
      expect(r.statusCode, r.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
      expect(r.headers["content-type"]).toContain("application/problem+json");
    }
    expect(await versionCount()).toBe(before.versions);
    expect(await itemCount()).toBe(before.items);
    return { preview, imported };
  };
  const snapshot = async () => ({ versions: await versionCount(), items: await itemCount() });

  it("previews and imports a DOCX (4 fields, 12 goals, 30 recommendations) into a new draft", async () => {
    const concept = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    const payload = { format: "docx", content: (await sampleConceptDocx()).toString("base64") };
    const preview = await post("preview", payload);
    expect(preview.statusCode, preview.body).toBe(200);
    const tree = preview.json<ConceptImportPreview>();
    expect(tree).toMatchObject({
      valid: true,
      unit: "paragraph",
      counts: { actionFields: 4, goals: 12, recommendations: 30 },
      skippedParagraphs: 2,
    });
    expect(tree.fields[0]).toMatchObject({
      number: "1",
      title: "Sprache und Bildung",
      description: "Alle Zugewanderten können früh und ohne Wartezeit Deutsch lernen.",
    });
    const imported = await post("", { ...payload, title: "Integrationskonzept Muster" });
    expect(imported.statusCode, imported.body).toBe(201);
    const { versionId } = imported.json<{ versionId: string }>();
    const draft = (
      await t.app.inject({ url: `/api/v1/concept/versions/${versionId}`, headers: editor })
    ).json<ConceptVersion>();
    expect(draft.status).toBe("draft");
    expect(draft.actionFields.map((f) => f.title)).toEqual([
      "Sprache und Bildung",
      "Ausbildung und Arbeit",
      "Wohnen und Zusammenleben",
      "Gesundheit und Beratung",
    ]);
    expect(
      draft.actionFields.flatMap((f) => f.goals).flatMap((g) => g.recommendations),
    ).toHaveLength(30);
    // The adopted version is untouched.
    const after = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    expect(after.current).toEqual(concept.current);
  });

  it("imports the shipped XLSX template", async () => {
    const content = readFileSync("docs/import/konzept-vorlage.xlsx").toString("base64");
    const preview = await post("preview", { format: "xlsx", content });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<ConceptImportPreview>().counts).toEqual({
      actionFields: 4,
      goals: 12,
      recommendations: 30,
    });
  });

  it("names a skipped level, an empty title and a duplicate number at their rows; imports nothing", async () => {
    const before = await snapshot();
    const csv = [
      "Ebene;Nummer;Titel;Beschreibung",
      "1;1;Sprache;",
      "3;1.0.1;Empfehlung ohne Ziel;",
      "2;1.1;;Ziel ohne Titel",
      "2;1.1;Doppelte Nummer;",
      "X;1.2;Ohne Ebene;",
    ].join("\n");
    const preview = await post("preview", { format: "csv", content: csv });
    const imported = await post("", { format: "csv", content: csv });
    expect(preview.statusCode).toBe(200);
    const body = preview.json<ConceptImportPreview>();
    expect(body.valid).toBe(false);
    expect(body.problems.map((p) => [p.at, p.column])).toEqual([
      [3, "Ebene"],
      [4, "Titel"],
      [5, "Nummer"],
      [6, "Ebene"],
    ]);
    expect(body.problems[0]?.message).toMatch(/Ebene übersprungen/);
    expect(imported.statusCode).toBe(422);
    expect(imported.json().errors.map((e: { path: string }) => e.path)).toContain("rows.4.Titel");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a 5 MB DOCX of random paragraphs cleanly", async () => {
    const before = await snapshot();
    const paragraphs = Array.from(
      { length: 3600 },
      () => new Paragraph(randomBytes(1500).toString("base64")),
    );
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
    expect(docx.length).toBeGreaterThan(5 * 2 ** 20);
    const { imported } = await refusedCleanly(
      { format: "docx", content: docx.toString("base64") },
      before,
    );
    expect(imported.json().errors[0].path).toBe("content");
  }, 60_000);

  it("refuses zip bombs (honest and lying sizes), a file that is no DOCX and one too large", async () => {
    const before = await snapshot();
    const huge = Buffer.alloc(200 * 2 ** 20, 0x41);
    const honest = zipWith("word/document.xml", huge);
    const lying = zipWith("word/document.xml", huge, 1000);
    expect(honest.length).toBeLessThan(1024 * 1024);
    for (const bomb of [honest, lying]) {
      const { imported } = await refusedCleanly(
        { format: "docx", content: bomb.toString("base64") },
        before,
      );
      expect(imported.json().errors[0].message).toMatch(/Zip-Bombe/);
    }
    const { imported: notDocx } = await refusedCleanly(
      { format: "docx", content: randomBytes(5000).toString("base64") },
      before,
    );
    expect(notDocx.json().errors[0].message).toMatch(/kein Word-Dokument/);
    const tooLarge = randomBytes(9 * 2 ** 20).toString("base64");
    await refusedCleanly({ format: "docx", content: tooLarge }, before);
  }, 60_000);
});
