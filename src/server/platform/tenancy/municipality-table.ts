import { municipalityAgsProblem } from "../../../domain/ags";

/** One row of a municipality list (CSV/XLSX: columns „Name“ and „AGS“), checked. */
export interface MunicipalityRow {
  row: number;
  name: string;
  ags: string | null;
  problems: { column: "Name" | "AGS"; code: string }[];
}

const headerOf = (cell: string) => cell.trim().toLowerCase();

/**
 * Reads the table of a municipality import (the header first; read by tabular/read-table.ts):
 * the name is required, the AGS optional, but if given eight digits with the county's prefix.
 * Names must be unique in the file. Returns every row with its problems; nothing is changed.
 */
export function checkMunicipalityTable(
  table: string[][],
  countyPrefix: string | null | undefined,
  existingNames: ReadonlySet<string> = new Set(),
): { rows: MunicipalityRow[]; missingColumns: string[] } {
  const [header = [], ...body] = table;
  const nameAt = header.findIndex((h) => ["name", "gemeinde", "kommune"].includes(headerOf(h)));
  const agsAt = header.findIndex((h) => ["ags", "gemeindeschlüssel"].includes(headerOf(h)));
  if (nameAt < 0) return { rows: [], missingColumns: ["Name"] };
  const seen = new Set<string>();
  const rows = body.map((cells, i) => {
    const name = (cells[nameAt] ?? "").trim();
    const agsCell = agsAt < 0 ? "" : (cells[agsAt] ?? "").trim();
    const problems: MunicipalityRow["problems"] = [];
    if (!name) problems.push({ column: "Name", code: "municipality.nameMissing" });
    else if (seen.has(name.toLowerCase()) || existingNames.has(name.toLowerCase()))
      problems.push({ column: "Name", code: "municipality.duplicate" });
    seen.add(name.toLowerCase());
    const agsProblem = agsCell ? municipalityAgsProblem(agsCell, countyPrefix) : null;
    if (agsProblem) problems.push({ column: "AGS", code: agsProblem });
    return { row: i + 2, name, ags: agsCell || null, problems };
  });
  return { rows, missingColumns: [] };
}
