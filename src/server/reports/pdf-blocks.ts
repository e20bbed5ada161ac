import type { PdfContent } from "./pdf-make";

/** Building blocks for Kurs's PDF documents (papers, committee reports). */

export const pdfStyles = {
  issuer: { fontSize: 9, color: "#444444" },
  kind: { fontSize: 16, bold: true, margin: [0, 4, 0, 8] },
  heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
  title: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
  tableHeader: { bold: true, fillColor: "#e8ebf0" },
};

export function pdfHeading(text: string, style: "heading" | "title" = "heading"): PdfContent {
  return { text, style };
}

/** Multi-line text: blank lines separate paragraphs; single line breaks are kept. */
export function pdfText(text: string): PdfContent[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 6] }));
}

/** Label/value pairs as a borderless two-column table. */
export function pdfFacts(pairs: [string, string][]): PdfContent {
  return {
    table: {
      widths: [110, "*"],
      body: pairs.map(([label, value]) => [{ text: label, bold: true }, value]),
    },
    layout: "noBorders",
    margin: [0, 0, 0, 6],
  };
}

/** A table with a header row that repeats on every page. */
export function pdfTable(
  header: string[],
  rows: string[][],
  empty: string,
  widths: (number | string)[] = header.map(() => "*"),
): PdfContent {
  const body = rows.length ? rows : [[{ text: empty, colSpan: header.length }]];
  return {
    table: {
      headerRows: 1,
      widths,
      body: [header.map((h) => ({ text: h, style: "tableHeader" })), ...body],
    },
    layout: "lightHorizontalLines",
  };
}
