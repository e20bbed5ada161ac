import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Committee } from "../../../contract/council";
import { committee, paper, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/** The uncompressed content of one entry of a zip file (enough for a DOCX). */
function zipEntry(zip: Buffer, name: string): string | null {
  let offset = 0;
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    const compressed = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entryName = zip.toString("utf8", offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + compressed);
    if (entryName === name) {
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    offset = start + compressed;
  }
  return null;
}

describe("paper export as DOCX and PDF", () => {
  let t: TestApp;
  let paperId: string;
  let social: Committee;
  const dir = mkdtempSync(join(tmpdir(), "kurs-paper-"));
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    social = await committee(scopeOf(t), { name: "Ausschuss für Soziales" });
    // A paper with umlauts and € in every part, entered through the API.
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/papers",
      headers: await t.signIn("coordinator"),
      payload: {
        reference: "2025/017",
        kind: "decision",
        title: "Förderung von Sprachkursen für Geflüchtete",
        statementOfFacts:
          "Die Nachfrage übersteigt das Angebot.\n\nDer Kreistag hat 1.000.000 € bereitgestellt.",
        proposedResolution:
          "Der Ausschuss empfiehlt, die Mittel für das gesamte Handlungsfeld zu öffnen.",
        financialImpact: "Keine zusätzlichen Kosten; 250.000,00 € aus Produkt 31.10.",
        leadUnit: "Koordinierungsstelle Migration und Teilhabe",
        paperDate: "2025-02-03",
        consultations: [{ committeeId: social.id, role: "preliminary" }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    paperId = created.json<{ id: string }>().id;
  });
  afterAll(async () => t?.close());

  it("serves a DOCX: a zip with word/document.xml holding the title, as an attachment", async () => {
    const response = await t.app.inject({ url: `/api/v1/papers/${paperId}/export.docx` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml.document");
    expect(response.headers["content-disposition"]).toContain("attachment;");
    expect(response.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("2025-017 Förderung von Sprachkursen für Geflüchtete.docx")}`,
    );
    const zip = response.rawPayload;
    expect(zip.subarray(0, 2).toString()).toBe("PK");
    const xml = zipEntry(zip, "word/document.xml") ?? "";
    expect(xml).toContain("Förderung von Sprachkursen für Geflüchtete");
    expect(xml).toContain("Beschlussvorschlag");
    expect(xml).toContain("1.000.000 €");
    expect(xml).toContain("Beratungsfolge");
    writeFileSync(join(dir, "paper.docx"), zip);
  });

  it("serves a PDF whose text shows the layout, umlauts and €", async () => {
    const response = await t.app.inject({ url: `/api/v1/papers/${paperId}/export.pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const file = join(dir, "paper.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
    for (const expected of [
      "Beschlussvorlage",
      "Bezeichnung",
      "Förderung von Sprachkursen für Geflüchtete",
      "Sachverhalt",
      "Die Nachfrage übersteigt das Angebot.",
      "1.000.000 €",
      "Beschlussvorschlag",
      "Finanzielle Auswirkungen",
      "250.000,00 €",
      "Beratungsfolge",
      "Vorberatung",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("renders a paper with nothing but its title and consultation; 404 for an unknown paper", async () => {
    const bare = await paper(scopeOf(t), { committeeId: social.id, title: "Nur ein Titel" });
    const rendered = await t.app.inject({ url: `/api/v1/papers/${bare.id}/export.pdf` });
    expect(rendered.statusCode).toBe(200);
    expect(rendered.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const missing = await t.app.inject({
      url: "/api/v1/papers/00000000-0000-4000-8000-000000000000/export.docx",
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/problem+json");
  });
});
