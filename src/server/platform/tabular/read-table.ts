import type { TableFormat } from "../../../domain/file-formats";
import { parseCsv, unescapeCell } from "./csv-table";
import { readXlsx } from "./xlsx-table";

/**
 * The one reader for tabular imports (measures, progress updates, indicator values): CSV or the
 * first worksheet of an XLSX file as rows of text cells, the header first. Bounded while reading:
 * at most `maxImportRows` data rows (CSV: csv-parse stops there), an XLSX's declared uncompressed
 * size checked in its ZIP directory before anything is unpacked. Refusals are DomainErrors on
 * the field `content`.
 */
export async function readTable(input: {
  format: TableFormat;
  content: string;
}): Promise<string[][]> {
  if (input.format === "xlsx") return readXlsx(input.content);
  return parseCsv(input.content).map((row) => row.map(unescapeCell));
}
