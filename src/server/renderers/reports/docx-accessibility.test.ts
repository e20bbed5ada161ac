import { describe, expect, it } from "vitest";
import { germanPaperLabels } from "./paper-document";
import { renderPaperDocx } from "./paper-docx";
import { reportBlocks } from "./report-document";
import { renderReportDocx } from "./report-docx";
import { exampleIndicators, exampleSnapshot, largeSnapshot } from "./report-fixture";
import { unzipEntry } from "./test-tools";

/** The DOCX files a screen reader can follow, read from their XML. */

interface Para {
  style: string | null;
  text: string;
}

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
  }));
}

const headingLevel = (p: Para) => Number(/^Heading(\d)$/.exec(p.style ?? "")?.[1] ?? 0);

function checkDocx(bytes: Buffer, headings: { text: string; level: number }[], title: string) {
  const xml = unzipEntry(bytes, "word/document.xml");
  const paras = paragraphs(xml);
  // Every heading of the document model is a paragraph in Word's heading style of its level.
  for (const h of headings) {
    const p = paras.find((x) => x.text === h.text && headingLevel(x) > 0);
    expect(p, `heading „${h.text}“`).toBeDefined();
    expect(p?.style).toBe(`Heading${h.level}`);
  }
  // Headings follow each other without skipped levels.
  let previous = 0;
  for (const level of paras.map(headingLevel).filter(Boolean)) {
    expect(level).toBeLessThanOrEqual(previous + 1);
    previous = level;
  }
  // The styles exist, the language and the title are set.
  const styles = unzipEntry(bytes, "word/styles.xml");
  for (const level of new Set(headings.map((h) => h.level)))
    expect(styles).toContain(`w:styleId="Heading${level}"`);
  expect(styles).toMatch(/<w:lang w:val="de-DE"\/>/);
  expect(unzipEntry(bytes, "docProps/core.xml")).toContain(`<dc:title>${title}</dc:title>`);
  // Every data table's first row is a header row that repeats on each page; the label/value
  // table of the head facts has no header row (its labels are in bold in the first column).
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
  expect(tables.length).toBeGreaterThan(1);
  for (const [i, table] of tables.entries()) {
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? "";
    if (i === 0) expect(firstRow).not.toContain("<w:tblHeader/>");
    else expect(firstRow, `table ${i + 1}`).toContain("<w:tblHeader/>");
  }
  // Every picture carries its alternative text.
  for (const [docPr] of xml.matchAll(/<wp:docPr [^>]*>/g))
    expect(/descr="([^"]+)"/.exec(docPr)?.[1]?.trim()).toBeTruthy();
  return xml;
}

describe("DOCX for screen readers", () => {
  it.each([
    ["Rotenburg", exampleSnapshot({ indicators: exampleIndicators() })],
    ["großer Landkreis", largeSnapshot()],
  ])(
    "report (%s): heading styles, tblHeader, descr, language and title",
    async (_, snapshot) => {
      const blocks = reportBlocks(snapshot);
      const headings = blocks.flatMap((b) =>
        b.kind === "kind"
          ? [{ text: b.text, level: 1 }]
          : b.kind === "heading"
            ? [{ text: b.text, level: b.level }]
            : [],
      );
      const xml = checkDocx(await renderReportDocx(snapshot), headings, snapshot.title);
      const figures = blocks.filter((b) => b.kind === "chart").length;
      expect(figures).toBeGreaterThan(0);
      expect(xml.match(/<wp:docPr /g)).toHaveLength(figures);
    },
    60_000,
  );

  it("paper: heading styles, tblHeader, language and title", async () => {
    const bytes = await renderPaperDocx({
      issuer: "Landkreis Rotenburg (Wümme)",
      kindLabel: "Beschlussvorlage",
      reference: "2025/017",
      date: "03.02.2025",
      leadUnit: "Koordinierungsstelle Migration und Teilhabe",
      title: "Förderung von Sprachkursen für Geflüchtete",
      statementOfFacts: "Die Nachfrage übersteigt das Angebot.",
      proposedResolution: null,
      financialImpact: null,
      consultations: [],
      labels: germanPaperLabels,
    });
    const l = germanPaperLabels;
    checkDocx(
      bytes,
      [
        { text: "Beschlussvorlage", level: 1 },
        ...[
          l.title,
          l.statementOfFacts,
          l.proposedResolution,
          l.financialImpact,
          l.consultations,
        ].map((text) => ({ text, level: 2 })),
      ],
      "Förderung von Sprachkursen für Geflüchtete",
    );
  });
});
