import { type OutlineEntry, outlineLevel } from "../../../../domain/concept-outline";

/** Header names of the outline template (German first; English accepted). */
const outlineColumns = {
  level: ["ebene", "level"],
  number: ["nummer", "nr", "nr.", "number"],
  title: ["titel", "bezeichnung", "title"],
  description: ["beschreibung", "description", "text"],
} as const;

/**
 * The outline of an XLSX/CSV table (read by tabular/read-table.ts, the header first): one row
 * per item with Ebene, Nummer, Titel, Beschreibung. `at` is the row number as the spreadsheet
 * shows it. Missing columns are named (Ebene and Titel are required).
 */
export function readTableOutline(table: string[][]): {
  entries: OutlineEntry[];
  missingColumns: string[];
} {
  const [header = [], ...rows] = table;
  const index = (names: readonly string[]) =>
    header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const at = {
    level: index(outlineColumns.level),
    number: index(outlineColumns.number),
    title: index(outlineColumns.title),
    description: index(outlineColumns.description),
  };
  const missingColumns = [...(at.level < 0 ? ["Ebene"] : []), ...(at.title < 0 ? ["Titel"] : [])];
  if (missingColumns.length) return { entries: [], missingColumns };
  const cell = (row: string[], i: number) => (i < 0 ? "" : (row[i] ?? ""));
  return {
    missingColumns,
    entries: rows.map((row, i) => ({
      at: i + 2,
      level: outlineLevel(cell(row, at.level)),
      number: cell(row, at.number).trim() || null,
      title: cell(row, at.title),
      description: cell(row, at.description),
    })),
  };
}
