import { printableDeep } from "../../domain/text-input";
import { pdfFacts, pdfStyles, pdfText } from "./pdf-blocks";
import type { PdfContent, PdfDocumentDefinition } from "./pdf-make";
import { renderPdf } from "./pdf-make";
import { type ReportBlock, reportBlocks, reportFooter } from "./report-document";
import type { ReportSnapshot } from "./report-snapshot";

/** Charts span the text width (A4 minus the margins). */
const chartWidthPt = 595 - 70 - 60;

/**
 * ECharts draws a white halo behind value labels (a stroke painted first, `paint-order`);
 * pdfmake's SVG support ignores paint-order and would paint the halo over the text. The
 * labels are drawn without it in the PDF.
 */
export function withoutTextHalo(svg: string): string {
  return svg.replace(
    /(<text[^>]*?) stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"/g,
    "$1",
  );
}

const headingStyle = { 2: "heading", 3: "subheading", 4: "minorheading" } as const;

function blockToPdf(block: ReportBlock, withToc = false): PdfContent[] {
  switch (block.kind) {
    case "toc":
      // pdfmake gathers the headings marked tocItem and sets their page numbers.
      return [
        {
          toc: { title: { text: "Inhalt", style: "subheading" }, numberStyle: { bold: false } },
          margin: [0, 0, 0, 8],
        },
      ];
    case "issuer":
      return [{ text: block.text, style: "issuer" }];
    case "kind":
      return [{ text: block.text, style: "kind" }];
    case "facts":
      return [pdfFacts(block.pairs)];
    case "heading":
      return [
        {
          text: block.text,
          style: headingStyle[block.level],
          headlineLevel: block.level,
          ...(withToc && block.level < 4
            ? { tocItem: true, tocMargin: [block.level === 3 ? 12 : 0, 0, 0, 2] }
            : {}),
        },
      ];
    case "text":
      return block.bold || block.italic
        ? [
            {
              text: block.text,
              bold: block.bold,
              italics: block.italic,
              margin: [0, 4, 0, 4],
              headlineLevel: 5,
            },
          ]
        : pdfText(block.text);
    case "list":
      return [{ ul: block.items, margin: [0, 0, 0, 6] }];
    case "chart":
      // pdfmake draws the SVG as vectors (sharp at any zoom); the caption carries its meaning.
      return [
        {
          stack: [
            { svg: withoutTextHalo(block.svg), width: chartWidthPt, margin: [0, 6, 0, 2] },
            { text: block.caption, style: "caption" },
          ],
          unbreakable: true,
        },
      ];
    case "table": {
      const body = block.rows.length
        ? block.rows.map((row) =>
            row.map((value, i) => ({
              text: value,
              alignment: block.numeric[i] ? "right" : "left",
            })),
          )
        : [[{ text: "–", colSpan: block.header.length }, ...block.header.slice(1).map(() => "")]];
      return [
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: block.header.map((_, i) => (i === 0 ? "*" : "auto")),
            body: [
              block.header.map((h, i) => ({
                text: h,
                style: "tableHeader",
                alignment: block.numeric[i] ? "right" : "left",
              })),
              ...body,
            ],
          },
          layout: "lightHorizontalLines",
          fontSize: 9,
          margin: [0, 2, 0, 10],
        },
      ];
    }
  }
}

/**
 * Text that surely fits on a page with its lead-in (about a third of a page at most). Longer
 * text may not be made unbreakable: pdfmake leaves a block taller than a page out and prints
 * empty pages instead (a large county's lists of measures did).
 */
const shortEnough = (block: ReportBlock) => {
  const chars =
    block.kind === "list"
      ? block.items.reduce((sum, item) => sum + item.length + 60, 0)
      : block.kind === "text"
        ? block.text.length
        : Number.POSITIVE_INFINITY;
  return chars <= 1200;
};

const isLeadIn = (block: ReportBlock) =>
  (block.kind === "text" && (block.bold || block.italic)) || block.kind === "heading";

/**
 * A heading or lead-in stays on the page of what follows it (no orphaned titles): a run of
 * lead-ins and the short text or list after it are one unbreakable block; a heading before
 * anything longer (a table) starts a new page when it would stand at the foot of one (see
 * `pageBreakBefore`).
 */
function keepTogether(blocks: ReportBlock[], withToc: boolean): PdfContent[] {
  const out: PdfContent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    while (j < blocks.length && isLeadIn(blocks[j] as ReportBlock)) j++;
    const next = blocks[j];
    if (
      j > i &&
      j - i <= 3 &&
      next &&
      (next.kind === "list" || next.kind === "text") &&
      shortEnough(next)
    ) {
      // The stack as a whole may move to a new page; a break inside an unbreakable stack
      // made pdfmake drop a page's content.
      out.push({
        stack: blocks
          .slice(i, j + 1)
          .flatMap((b) => blockToPdf(b, withToc))
          .map((c) =>
            typeof c === "object" && !Array.isArray(c) ? { ...c, headlineLevel: undefined } : c,
          ),
        unbreakable: true,
        headlineLevel: 1,
      });
      i = j;
    } else out.push(...blockToPdf(blocks[i] as ReportBlock, withToc));
  }
  return out;
}

/**
 * A heading (or lead-in) in the lowest sixth of a page starts the next one instead, so it is
 * never stranded above a table that begins overleaf. Checked only for headings: pdfmake lays the
 * document out again after each break it adds.
 */
export function pageBreakBefore(node: {
  headlineLevel?: number;
  startPosition?: { verticalRatio?: number };
}): boolean {
  return node.headlineLevel !== undefined && (node.startPosition?.verticalRatio ?? 0) > 5 / 6;
}

/** The committee report as a pdfmake definition (pure: a function of the snapshot alone). */
export function reportPdfDefinition(snapshot: ReportSnapshot): PdfDocumentDefinition {
  const s = printableDeep(snapshot);
  const footer = reportFooter(s);
  const blocks = reportBlocks(s);
  const withToc = blocks.some((b) => b.kind === "toc");
  return {
    pageSize: "A4",
    pageMargins: [70, 60, 60, 60],
    info: { title: s.title, author: s.issuer, subject: "Mitteilungsvorlage", creator: "Kurs" },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      ...pdfStyles,
      subheading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      minorheading: { fontSize: 10.5, bold: true, color: "#00324f", margin: [0, 10, 0, 4] },
      caption: { fontSize: 9, italics: true, color: "#444444", margin: [0, 0, 0, 10] },
    },
    content: keepTogether(blocks, withToc),
    pageBreakBefore,
    footer: (page, pages) => ({
      columns: [
        { text: footer, fontSize: 8, color: "#444444" },
        { text: `Seite ${page} von ${pages}`, alignment: "right", fontSize: 8, width: 80 },
      ],
      margin: [70, 20, 60, 0],
    }),
  };
}

export function renderReportPdf(s: ReportSnapshot): Promise<Buffer> {
  return renderPdf(reportPdfDefinition(s));
}
