import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/** Building blocks for Kurs's Word documents (papers, committee reports). */

export const docxFont = "Arial";

export function docxHeading(text: string, level: "heading" | "title" = "heading"): Paragraph {
  return new Paragraph({
    heading: level === "title" ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 280, after: 100 },
    children: [
      new TextRun({ text, bold: true, font: docxFont, size: level === "title" ? 32 : 24 }),
    ],
  });
}

/** Multi-line text: blank lines separate paragraphs; single line breaks stay line breaks. */
export function docxText(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        new Paragraph({
          spacing: { after: 120 },
          children: paragraph.split("\n").map(
            (line, i) =>
              new TextRun({
                text: line,
                break: i > 0 ? 1 : 0,
                bold: options.bold,
                font: docxFont,
              }),
          ),
        }),
    );
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const cell = (text: string, bold = false, shaded = false) =>
  new TableCell({
    shading: shaded ? { type: ShadingType.CLEAR, fill: "E8EBF0", color: "auto" } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: [new Paragraph({ children: [new TextRun({ text, bold, font: docxFont })] })],
  });

/** Label/value pairs as a borderless two-column table. */
export function docxFacts(pairs: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2400, 6600],
    borders: {
      top: noBorder,
      bottom: noBorder,
      left: noBorder,
      right: noBorder,
      insideHorizontal: noBorder,
      insideVertical: noBorder,
    },
    rows: pairs.map(
      ([label, value]) => new TableRow({ children: [cell(label, true), cell(value)] }),
    ),
  });
}

/** A table with a shaded header row that repeats on every page. */
export function docxTable(header: string[], rows: string[][], empty: string): Table {
  const body = rows.length ? rows : [[empty, ...header.slice(1).map(() => "")]];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true, true)) }),
      ...body.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}
