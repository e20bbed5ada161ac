import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { germanPaperLabels, type PaperDocument } from "./paper-document";
import { renderPaperPdf } from "./paper-pdf";
import {
  descendants,
  headingLevels,
  inspectPdf,
  type PdfInspection,
  skippedLevel,
} from "./pdf-inspect";
import { exampleIndicators, exampleSnapshot, largeSnapshot } from "./report-fixture";
import { renderReportPdf } from "./report-pdf";
import { pdfToText } from "./test-tools";

/** Every PDF Kurs makes is tagged (PDF/UA-1), read back with pdf.js. */

const paper: PaperDocument = {
  issuer: "Landkreis Rotenburg (Wümme)",
  kindLabel: "Beschlussvorlage",
  reference: "2025/017",
  date: "03.02.2025",
  leadUnit: "Koordinierungsstelle Migration und Teilhabe",
  title: "Förderung von Sprachkursen für Geflüchtete",
  statementOfFacts:
    "Die Nachfrage übersteigt das Angebot. Der Kreistag hat 1.000.000 € bereitgestellt.",
  proposedResolution: "Der Ausschuss empfiehlt, die Mittel zu öffnen.",
  financialImpact: "250.000,00 € aus Produkt 31.10.",
  consultations: [
    { committee: "Ausschuss für Soziales", meeting: "–", role: "Vorberatung", outcome: "offen" },
    { committee: "Kreisausschuss", meeting: "–", role: "Entscheidung", outcome: "offen" },
  ],
  labels: germanPaperLabels,
};

const kinds: [string, () => Promise<Buffer>][] = [
  [
    "Sachstandsbericht, Entwurf (Rotenburg)",
    () => renderReportPdf(exampleSnapshot({ status: "draft", indicators: exampleIndicators() })),
  ],
  [
    "Sachstandsbericht, endgültig (Rotenburg)",
    () => renderReportPdf(exampleSnapshot({ indicators: exampleIndicators() })),
  ],
  [
    "öffentlicher Bericht (Rotenburg, öffentliche Sitzung)",
    () => renderReportPdf(exampleSnapshot({ publicSession: true })),
  ],
  ["Sachstandsbericht, großer Landkreis", () => renderReportPdf(largeSnapshot())],
  [
    "öffentlicher Bericht, großer Landkreis",
    () => renderReportPdf({ ...largeSnapshot(), status: "final", publicSession: true }),
  ],
  ["Vorlage", () => renderPaperPdf(paper, new Date("2025-02-03T00:00:00Z"))],
];

function checkAccessible(pdf: PdfInspection) {
  expect(pdf.marked).toBe(true);
  expect(pdf.lang).toBe("de-DE");
  expect(pdf.title).toBeTruthy();
  expect(pdf.displayDocTitle).toBe(true);
  // Every piece of text is tagged content or an artifact (footer, repeated table headers).
  expect(pdf.untagged.flat()).toEqual([]);
  // The structure tree reads the pages in the order they are drawn.
  expect(pdf.readingOrderMatches.every(Boolean)).toBe(true);
  const levels = headingLevels(pdf.elements);
  expect(levels[0]).toBe(1);
  expect(skippedLevel(levels)).toBeNull();
  const tables = pdf.elements.filter((e) => e.role === "Table");
  expect(tables.length).toBeGreaterThan(0);
  for (const table of tables) expect(descendants(table).some((e) => e.role === "TH")).toBe(true);
  for (const figure of pdf.elements.filter((e) => e.role === "Figure"))
    expect(figure.alt?.trim()).toBeTruthy();
  // Lists are tagged as lists with their items.
  for (const list of pdf.elements.filter((e) => e.role === "L"))
    expect(list.children.some((c) => "role" in c && c.role === "LI")).toBe(true);
}

describe("tagged PDF (PDF/UA-1) of every kind", () => {
  for (const [name, render] of kinds)
    it(`${name}: marked, /Lang, DisplayDocTitle, all text tagged or artifact, headings, tables, figures`, async () => {
      const bytes = await render();
      const pdf = await inspectPdf(bytes);
      checkAccessible(pdf);
      // The same data gives the same bytes (CreationDate from the data).
      expect((await render()).equals(bytes)).toBe(true);
    }, 60_000);

  it("gives each chart a figure whose alternative text names the chart and its key numbers", async () => {
    const pdf = await inspectPdf(
      await renderReportPdf(exampleSnapshot({ indicators: exampleIndicators() })),
    );
    const alts = pdf.elements.filter((e) => e.role === "Figure").map((e) => e.alt ?? "");
    expect(alts).toHaveLength(3);
    expect(alts[0]).toMatch(
      /^Liniendiagramm „B1-Prüfungen bestanden“: .*Ziel: 2023 30,00, 2024 40,00\./,
    );
    expect(alts[0]).toContain("Stand im Jahr (3. Quartal 2024): 26,00.");
  });

  it("repeats a table's header row on the pages it runs onto, as an artifact, and bookmarks headings", async () => {
    const bytes = await renderReportPdf(largeSnapshot());
    const pdf = await inspectPdf(bytes);
    expect(pdf.pages).toBeGreaterThan(8);
    const text = pdfToText(bytes);
    // The funds table (40 rows) runs over a page break: its header stands on both pages.
    const pagesWithHeader = text
      .split("\f")
      .filter((page) =>
        /Mittel\s+Jahr\s+bewilligt\s+gebunden\s+gezahlt\s+gesperrt\s+verfallen\s+frei/.test(page),
      );
    expect(pagesWithHeader.length).toBeGreaterThanOrEqual(2);
    // The header row is tagged once (TH); the repetitions are artifacts.
    const headerCells = pdf.elements.filter((e) => e.role === "TH");
    expect(headerCells.length).toBeGreaterThan(0);
    // The contents list the headings with their pages.
    expect(pdf.elements.some((e) => e.role === "TOC")).toBe(true);
    expect(text).toMatch(/Finanzen\s+\d+\n/);
    expect(pdf.outline).toContain("Mitteilungsvorlage");
    expect(pdf.outline).toContain("Finanzen");
    expect(pdf.outline).toContain("Stand der Maßnahmen");
  }, 60_000);

  it("pdftotext reads umlauts, € and a table row's cells in order", async () => {
    const text = pdfToText(
      await renderReportPdf(exampleSnapshot({ indicators: exampleIndicators() })),
    );
    expect(text).toContain("Landkreis Rotenburg (Wümme)");
    expect(text).toContain("Maßnahmen nach Handlungsfeldern");
    expect(text).toContain("Überfällig");
    expect(text).toMatch(
      /Mittel für Sprachkurse 2024\s+2024\s+1\.000\.000,00 €\s+12\.345,67 €\s+50\.000,00 €/,
    );
    expect(text).toMatch(/Wartezeit auf einen Sprachkurs\s+48,50 Tage\s+42,00 Tage\s+gelb/);
    // Copying (pdftotext without layout, in content order) gives the row's cells in order too.
    const raw = pdfToRawText(await renderPaperPdf(paper, new Date("2025-02-03T00:00:00Z")));
    expect(raw).toMatch(/Kreisausschuss\s+–\s+Entscheidung\s+offen/);
    expect(raw).toContain("1.000.000 € bereitgestellt");
  });
});

/** pdftotext in content-stream order (what copying a selection gives). */
function pdfToRawText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "kurs-pdf-"));
  try {
    writeFileSync(join(dir, "a.pdf"), bytes);
    return execFileSync("pdftotext", ["-raw", join(dir, "a.pdf"), "-"], {
      encoding: "utf8",
    }).replace(/\u00a0/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
