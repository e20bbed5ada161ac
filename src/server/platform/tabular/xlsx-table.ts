import type ExcelJS from "exceljs";
import { lazyRequire } from "../lazy-require";

const excel = lazyRequire<typeof ExcelJS>("exceljs");

import { DomainError } from "../../../domain/errors";
import { printableText } from "../../../domain/text-input";
import { maxImportRows } from "./csv-table";

/**
 * Reads and writes one worksheet as a table of cells, so that the XLSX import goes through the same
 * checks as the CSV import (rows of text; the first row is the header).
 */

/**
 * Declared uncompressed size of all parts of the workbook; more is refused before unzipping.
 * A workbook of 5,000 rows of ten columns holds a few MB of XML.
 */
const maxUnzippedBytes = 16 * 1024 * 1024;
const maxRows = maxImportRows;

/** Sums the uncompressed sizes in the ZIP's central directory (null when it is no ZIP). */
function declaredUnzippedBytes(zip: Buffer): number | null {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null;
    total += zip.readUInt32LE(offset + 24);
    offset +=
      46 +
      zip.readUInt16LE(offset + 28) +
      zip.readUInt16LE(offset + 30) +
      zip.readUInt16LE(offset + 32);
  }
  return total;
}

/** One cell as text: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value && typeof value.text === "string") return value.text;
  return "";
}

/** The first worksheet of an XLSX file (base64) as rows of text; empty rows are dropped. */
export async function readXlsx(base64: string): Promise<string[][]> {
  const zip = Buffer.from(base64, "base64");
  const declared = declaredUnzippedBytes(zip);
  if (declared === null) throw new DomainError("invalid", "import.notXlsx", {}, "content");
  if (declared > maxUnzippedBytes)
    throw new DomainError("invalid", "import.xlsxTooLarge", {}, "content");
  const workbook = new (excel().Workbook)();
  try {
    await workbook.xlsx.load(zip as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("invalid", "import.notXlsx", {}, "content");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  if (sheet.rowCount > maxRows + 1)
    throw new DomainError("invalid", "import.tooManyRows", { max: maxRows }, "content");
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    if (cells.some((c) => c.trim() !== "")) rows.push(cells);
  });
  return rows;
}

export type ExportCell = string | number | Date | null;
export interface ExportColumn {
  header: string;
  /** text, a date (written as a date cell), euros (a number with € format) or a number. */
  kind: "text" | "date" | "euro" | "number";
  width?: number;
}

/** One worksheet with a bold, frozen header; dates and amounts as real date and number cells. */
export async function writeXlsx(
  sheetName: string,
  columns: ExportColumn[],
  rows: ExportCell[][],
): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = "Kurs";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? (c.kind === "text" ? 30 : 16),
    style:
      c.kind === "date"
        ? { numFmt: "dd.mm.yyyy" }
        : c.kind === "euro"
          ? { numFmt: '#,##0.00 "€"' }
          : {},
  }));
  sheet.getRow(1).font = { bold: true };
  // XML cannot carry control characters: dropped instead of a workbook Excel refuses to open.
  for (const row of rows)
    sheet.addRow(row.map((cell) => (typeof cell === "string" ? printableText(cell) : cell)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
