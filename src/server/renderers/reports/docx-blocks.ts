import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { columnWidths, textWidthTwips } from "./docx-widths";

/** Building blocks for Kurs's Word documents (papers, committee reports). */

export const docxFont = "Arial";

/** The documents' default text: Arial 11 pt, in German (w:lang, read by screen readers). */
export const docxDefaultRun = { font: docxFont, size: 22, language: { value: "de-DE" } };

export function docxHeading(text: string, level: "heading" | "title" = "heading"): Paragraph {
  return new Paragraph({
    heading: level === "title" ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    // A heading stays on the page of what follows it.
    keepNext: true,
    keepLines: true,
    spacing: { before: 280, after: 100 },
    children: [
      new TextRun({ text, bold: true, font: docxFont, size: level === "title" ? 32 : 24 }),
    ],
  });
}

/** Multi-line text: blank lines separate paragraphs; single line breaks stay line breaks. */
export function docxText(
  text: string,
  options: { bold?: boolean; italic?: boolean; keepNext?: boolean } = {},
): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        new Paragraph({
          // A lead-in (kept with what follows) gets air above it, after a list say.
          spacing: options.keepNext ? { before: 160, after: 80 } : { after: 120 },
          keepNext: options.keepNext || undefined,
          children: paragraph.split("\n").map(
            (line, i) =>
              new TextRun({
                text: line,
                break: i > 0 ? 1 : 0,
                bold: options.bold,
                italics: options.italic,
                font: docxFont,
              }),
          ),
        }),
    );
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const cell = (
  text: string,
  options: {
    bold?: boolean;
    shaded?: boolean;
    right?: boolean;
    compact?: boolean;
    width?: number;
    /** Font size in half-points (default: 9 pt compact, else the document's). */
    size?: number;
  } = {},
) =>
  new TableCell({
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    shading: options.shaded
      ? { type: ShadingType.CLEAR, fill: "E8EBF0", color: "auto" }
      : undefined,
    margins: options.compact
      ? { top: 40, bottom: 40, left: 80, right: 80 }
      : { top: 60, bottom: 60, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({
            text,
            bold: options.bold,
            font: docxFont,
            size: options.size ?? (options.compact ? 18 : undefined),
          }),
        ],
      }),
    ],
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
      ([label, value]) => new TableRow({ children: [cell(label, { bold: true }), cell(value)] }),
    ),
  });
}

/**
 * A table with a shaded header row that repeats on every page. `numeric` marks right-aligned
 * columns; `compact` is the committee report's smaller type, and its rows never split across pages.
 */
export function docxTable(
  header: string[],
  rows: string[][],
  empty: string,
  options: { numeric?: boolean[]; compact?: boolean } = {},
): Table {
  const { numeric = [], compact = false } = options;
  const body = rows.length ? rows : [[empty, ...header.slice(1).map(() => "")]];
  // Sized to the text (docx-widths), fixed, so that Word and LibreOffice lay it out alike.
  // Compact tables set their header a point smaller, so long header words fit narrow columns.
  const widths = columnWidths(header, body, {
    numeric,
    pointSize: compact ? 9 : 11,
    headerPointSize: compact ? 8 : 11,
  });
  return new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) =>
          cell(h, {
            bold: true,
            shaded: true,
            right: numeric[i],
            compact,
            width: widths[i],
            size: compact ? 16 : undefined,
          }),
        ),
      }),
      ...body.map(
        (row) =>
          new TableRow({
            cantSplit: compact || undefined,
            children: row.map((value, i) =>
              cell(value, { right: numeric[i], compact, width: widths[i] }),
            ),
          }),
      ),
    ],
  });
}
