import { printableDeep } from "../../../domain/text-input";
import { svgToPng } from "../charts/svg-png";
import { type PdfMeta, TaggedPdf, type TextStyle, textWidth } from "./pdf-tagged";
import { chartPictureScale, reportCharts } from "./report-charts";
import { type ReportBlock, reportBlocks, reportFooter } from "./report-document";
import type { ReportSnapshot } from "./report-snapshot";

/** Charts span the text width, as pictures drawn at the DOCX's scale (one drawing serves both). */
const chartWidthPt = textWidth;

export const styles = {
  issuer: { size: 9, color: "#444444" },
  kind: { size: 16, weight: "bold" },
  heading: { size: 12, weight: "bold" },
  subheading: { size: 11, weight: "bold" },
  minorheading: { size: 10.5, weight: "bold", color: "#00324f" },
  caption: { size: 9, weight: "italic", color: "#444444" },
  body: { size: 10.5 },
} satisfies Record<string, TextStyle>;

type Heading = { level: 1 | 2 | 3 | 4; style: TextStyle; before: number; after: number };
/** The report's `kind` line is the document's H1; its headings follow one level below each other. */
const headingOf: Record<"kind" | 2 | 3 | 4, Heading> = {
  kind: { level: 1, style: styles.kind, before: 4, after: 8 },
  2: { level: 2, style: styles.heading, before: 14, after: 4 },
  3: { level: 3, style: styles.subheading, before: 10, after: 4 },
  4: { level: 4, style: styles.minorheading, before: 10, after: 4 },
};

/** Blank lines separate paragraphs; single line breaks stay. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const isLeadIn = (b: ReportBlock) =>
  b.kind === "heading" || b.kind === "kind" || (b.kind === "text" && !!(b.bold || b.italic));

/** Text style of a text block. */
const textStyle = (b: Extract<ReportBlock, { kind: "text" }>): TextStyle =>
  b.bold
    ? { size: 10.5, weight: "bold" }
    : b.italic
      ? { size: 10.5, weight: "italic" }
      : styles.body;

/** Roughly how much of what follows a lead-in must stand on its page with it. */
function startHeight(pdf: TaggedPdf, b: ReportBlock | undefined): number {
  if (!b) return 0;
  const capped = (h: number) => Math.min(h, 130);
  switch (b.kind) {
    case "text":
      return capped(pdf.height(b.text, textStyle(b)));
    case "list":
      return capped(b.items.reduce((h, i) => h + pdf.height(i, styles.body, textWidth - 12), 0));
    case "table":
      return 60;
    case "chart":
      return (chartWidthPt * b.height) / b.width + 30;
    default:
      return 30;
  }
}

/** Draws the blocks; `tocPages` are the pages of the headings (known after a first pass). */
function draw(
  pdf: TaggedPdf,
  blocks: ReportBlock[],
  pictures: ReadonlyMap<number, Buffer> | null,
  tocPages: number[] | null,
) {
  blocks.forEach((block, index) => {
    // A heading or lead-in stays on the page of the start of what follows it.
    if (isLeadIn(block) && !isLeadIn(blocks[index - 1] ?? { kind: "toc", entries: [] })) {
      let j = index;
      let height = 0;
      while (j < blocks.length && isLeadIn(blocks[j] as ReportBlock)) {
        const b = blocks[j] as ReportBlock;
        height +=
          b.kind === "text"
            ? pdf.height(b.text, textStyle(b)) + 8
            : b.kind === "heading" || b.kind === "kind"
              ? 30
              : 0;
        j++;
      }
      pdf.ensure(height + startHeight(pdf, blocks[j]));
    }
    switch (block.kind) {
      case "issuer":
        pdf.paragraph(block.text, styles.issuer);
        return;
      case "kind":
      case "heading": {
        const h = headingOf[block.kind === "kind" ? "kind" : block.level];
        pdf.gap(h.before);
        pdf.heading(h.level, block.text, h.style);
        pdf.gap(h.after);
        return;
      }
      case "facts":
        pdf.table({
          header: [],
          rows: block.pairs,
          look: "plain",
          rowHeaders: true,
          widths: [110, "*"],
        });
        pdf.gap(6);
        return;
      case "toc": {
        pdf.gap(10);
        pdf.heading(2, "Inhalt", styles.subheading);
        pdf.gap(4);
        // Headings before the contents (the title block) come first in headingPages.
        const before =
          blocks.slice(0, index).filter((b) => b.kind === "heading" || b.kind === "kind").length +
          1;
        const headings = blocks.slice(index + 1).filter((b) => b.kind === "heading");
        let h = 0;
        pdf.toc(
          block.entries.map((e) => {
            // The entries are the level-2 and -3 headings after the contents, in order.
            while (h < headings.length && (headings[h] as { level: number }).level > 3) h++;
            const page = tocPages?.[before + h] ?? null;
            h++;
            return { ...e, page };
          }),
          { size: 10.5 },
        );
        pdf.gap(8);
        return;
      }
      case "text":
        if (block.bold || block.italic) {
          pdf.gap(4);
          pdf.paragraph(block.text, textStyle(block));
          pdf.gap(4);
        } else
          for (const p of paragraphs(block.text)) {
            pdf.paragraph(p);
            pdf.gap(6);
          }
        return;
      case "list":
        pdf.list(block.items);
        pdf.gap(6);
        return;
      case "table":
        pdf.gap(2);
        pdf.table({
          header: block.header,
          rows: block.rows,
          numeric: block.numeric,
          size: 9,
        });
        pdf.gap(10);
        return;
      case "chart": {
        const height = (chartWidthPt * block.height) / block.width;
        const caption = pdf.height(block.caption, styles.caption);
        pdf.ensure(6 + height + 2 + caption);
        pdf.gap(6);
        pdf.figure(pictures?.get(block.number) ?? null, chartWidthPt, height, block.alt);
        pdf.gap(2);
        pdf.paragraph(block.caption, styles.caption);
        pdf.gap(10);
        return;
      }
    }
  });
}

/** The charts as PNG (drawn off the event loop, shared with the DOCX). */
async function chartPictures(s: ReportSnapshot): Promise<Map<number, Buffer>> {
  const charts = reportCharts(s);
  const pngs = await Promise.all(charts.map((c) => svgToPng(c.svg, chartPictureScale(c.width))));
  return new Map(charts.map((c, i) => [c.number, pngs[i] as Buffer]));
}

/**
 * The metadata: CreationDate is the snapshot's "Stand der Zahlen" (asOf, midnight UTC), so a
 * frozen report gives the same bytes on every download.
 */
function reportPdfMeta(s: ReportSnapshot): PdfMeta {
  return {
    title: s.title,
    author: s.issuer,
    subject: "Mitteilungsvorlage",
    lang: "de-DE",
    created: new Date(`${s.asOf}T00:00:00Z`),
  };
}

/** The committee report as a tagged PDF (a pure function of the snapshot). */
export async function renderReportPdf(snapshot: ReportSnapshot): Promise<Buffer> {
  const s = printableDeep(snapshot);
  const blocks = reportBlocks(s);
  const pictures = await chartPictures(s);
  const footer = reportFooter(s);
  let tocPages: number[] | null = null;
  if (blocks.some((b) => b.kind === "toc")) {
    // A first pass finds the headings' pages (the contents take the same room either way).
    const dry = new TaggedPdf(reportPdfMeta(s));
    draw(dry, blocks, null, null);
    tocPages = dry.headingPages;
  }
  const pdf = new TaggedPdf(reportPdfMeta(s));
  draw(pdf, blocks, pictures, tocPages);
  return pdf.finish((page, pages) => ({ left: footer, right: `Seite ${page} von ${pages}` }));
}
