import {
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { printableDeep } from "../../../domain/text-input";
import { svgToPng } from "../charts/svg-png";
import {
  docxDefaultRun,
  docxFacts,
  docxFont,
  docxHeading,
  docxTable,
  docxText,
} from "./docx-blocks";
import { chartPictureScale, chartPictureWidthPx, reportCharts } from "./report-charts";
import { type ReportBlock, reportBlocks, reportFooter } from "./report-document";
import type { ReportSnapshot } from "./report-snapshot";

/** Charts are 16 cm wide in Word (the text width), drawn from a PNG at twice that resolution. */
const chartWidthPx = chartPictureWidthPx;

/** Each chart's picture by its number ("Abbildung 3"). */
type ChartPictures = ReadonlyMap<number, Buffer>;

function docxChart(block: Extract<ReportBlock, { kind: "chart" }>, png: Buffer): Paragraph[] {
  const height = Math.round((chartWidthPx * block.height) / block.width);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width: chartWidthPx, height },
          // A fixed id: docx would count up across documents, and the same snapshot must give
          // the same document.xml.
          altText: {
            id: String(1000 + block.number),
            name: block.caption,
            title: block.caption,
            description: block.alt,
          },
        }),
      ],
    }),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new TextRun({
          text: block.caption,
          italics: true,
          size: 18,
          color: "444444",
          font: docxFont,
        }),
      ],
    }),
  ];
}

function blockToDocx(block: ReportBlock, pictures: ChartPictures): (Paragraph | Table)[] {
  switch (block.kind) {
    case "issuer":
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, size: 18, color: "444444", font: docxFont })],
        }),
      ];
    case "kind":
      return [docxHeading(block.text, "title")];
    case "facts":
      return [docxFacts(block.pairs)];
    case "toc":
      // The contents as a list (Word's TOC field is left empty until the reader updates it).
      return [
        new Paragraph({
          // Its own section, as in the PDF (H2).
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          spacing: { before: 200, after: 80 },
          children: [new TextRun({ text: "Inhalt", bold: true, font: docxFont, size: 22 })],
        }),
        ...block.entries.map(
          (e) =>
            new Paragraph({
              indent: { left: e.level === 3 ? 360 : 0 },
              spacing: { after: 40 },
              children: [new TextRun({ text: e.text, font: docxFont, size: 20 })],
            }),
        ),
      ];
    case "heading":
      return block.level === 2
        ? [docxHeading(block.text)]
        : [
            new Paragraph({
              heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
              keepNext: true,
              keepLines: true,
              spacing: { before: 200, after: 80 },
              children: [
                new TextRun({
                  text: block.text,
                  bold: true,
                  font: docxFont,
                  size: block.level === 3 ? 22 : 21,
                  color: block.level === 4 ? "00324F" : undefined,
                }),
              ],
            }),
          ];
    case "text":
      return docxText(block.text, {
        bold: block.bold,
        italic: block.italic,
        keepNext: block.bold || block.italic,
      });
    case "list":
      // Items of a short list stay together (and with the lead-in before them).
      return block.items.map(
        (item, i) =>
          new Paragraph({
            bullet: { level: 0 },
            keepNext: block.items.length <= 8 && i < block.items.length - 1,
            children: [new TextRun({ text: item, font: docxFont })],
          }),
      );
    case "table":
      return [
        docxTable(block.header, block.rows, "–", { numeric: block.numeric, compact: true }),
        new Paragraph({ children: [] }),
      ];
    case "chart": {
      const png = pictures.get(block.number);
      if (!png) throw new Error(`chart ${block.number} was not drawn`);
      return docxChart(block, png);
    }
  }
}

/**
 * The committee report as a Word document (pure: a function of the snapshot alone, and of the
 * charts' pictures, which are drawn from it).
 */
function reportDocx(s: ReportSnapshot, pictures: ChartPictures): Document {
  const small = { size: 16, color: "444444", font: docxFont };
  return new Document({
    creator: "Kurs",
    title: s.title,
    subject: "Mitteilungsvorlage",
    styles: { default: { document: { run: docxDefaultRun } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${reportFooter(s)} – Seite `, ...small }),
                  new TextRun({ children: [PageNumber.CURRENT], ...small }),
                  new TextRun({ text: " von ", ...small }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
        },
        children: reportBlocks(s).flatMap((block) => blockToDocx(block, pictures)),
      },
    ],
  });
}

/** The charts as PNG, drawn side by side off the event loop (and remembered for the next time). */
async function chartPictures(s: ReportSnapshot): Promise<ChartPictures> {
  const charts = reportCharts(s);
  const pngs = await Promise.all(
    charts.map((chart) => svgToPng(chart.svg, chartPictureScale(chart.width))),
  );
  return new Map(charts.map((chart, i) => [chart.number, pngs[i] as Buffer]));
}

/**
 * Starts drawing the charts' pictures off the event loop, so that a DOCX asked for after the
 * report was shown (the usual next step) does not wait for them. Nothing is awaited or kept but
 * the pictures in their memo.
 */
export function prepareReportDocx(s: ReportSnapshot): void {
  chartPictures(s).catch(() => undefined);
}

export async function renderReportDocx(snapshot: ReportSnapshot): Promise<Buffer> {
  // XML cannot carry control characters: dropped, the stored snapshot unchanged.
  const s = printableDeep(snapshot);
  return Packer.toBuffer(reportDocx(s, await chartPictures(s)));
}
