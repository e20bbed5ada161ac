import { parse } from "csv-parse/sync";
import { DomainError } from "../../../domain/errors";

/** Most data rows one import reads (beyond the header); more are refused while reading. */
export const maxImportRows = 5000;
/** Longest single record (a row) in characters. */
const maxRecordChars = 100_000;

/**
 * Reads CSV as German Excel writes it (semicolon; comma also accepted), quotes with "" escapes,
 * UTF-8 with or without BOM. Returns rows of cells; the first row is the header. Parsing is done
 * by csv-parse and stops after `maxRows` + 1 data rows: a file with more is refused without
 * reading the rest ("import.tooManyRows"); one it cannot read is "import.notCsv".
 */
export function parseCsv(text: string, { maxRows = maxImportRows } = {}): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : ",";
  let records: string[][];
  try {
    records = parse(src, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRecordChars,
      // header + maxRows data rows + one more to know that there are too many
      to: maxRows + 2,
    });
  } catch {
    throw new DomainError("invalid", "import.notCsv", {}, "content");
  }
  const rows = records.filter((r) => r.some((x) => x.trim() !== ""));
  if (rows.length > maxRows + 1)
    throw new DomainError("invalid", "import.tooManyRows", { max: maxRows }, "content");
  return rows;
}

/** Undo the apostrophe our own export puts before formula-like cells. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
