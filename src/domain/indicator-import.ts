import { parseCalendarDate } from "./dates";
import {
  type Aggregation,
  type IndicatorUnit,
  isPeriod,
  type Periodicity,
  type SuppressionMark,
} from "./indicator";

/**
 * Reads a table of indicator values (CSV or XLSX, first row the header) and checks every row.
 * Municipalities are found by name or by municipality key (AGS) – the form of open-data tables
 * such as Wegweiser Kommune or the Bundesagentur für Arbeit – and their suppression marks
 * ("." and "*") are kept as marks, never read as 0. Pure: the lookups come from the caller.
 */

export const importColumns = {
  key: ["kennzahl", "key", "indicator"],
  period: ["zeitraum", "period"],
  municipality: ["gemeinde", "municipality"],
  ags: ["ags", "gemeindeschlüssel", "gemeindeschluessel"],
  value: ["wert", "value"],
  source: ["quelle", "source"],
  referenceDate: ["stichtag", "reference date", "referencedate"],
} as const;
type Column = keyof typeof importColumns;

export interface ImportIndicator {
  id: string;
  key: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  aggregation: Aggregation;
}
export interface ImportMunicipality {
  id: string;
  name: string;
  ags: string | null;
}

export type ImportProblemCode =
  | "missingColumn"
  | "required"
  | "unknownIndicator"
  | "ratioNoValues"
  | "invalidPeriod"
  | "unknownMunicipality"
  | "notANumber"
  | "negative"
  | "wholeNumber"
  | "invalidDate"
  | "duplicate";

export interface ImportProblem {
  /** The column's header as written in the file. */
  column: string;
  code: ImportProblemCode;
}

export interface ImportedValue {
  indicatorId: string;
  period: string;
  municipalityId: string | null;
  value: number | null;
  mark: SuppressionMark | null;
  source: string | null;
  referenceDate: string | null;
}

export interface CheckedRow {
  /** Row number as in the file (the header is row 1). */
  row: number;
  cells: string[];
  problems: ImportProblem[];
  value: ImportedValue | null;
}

/** "1.234,5" (German), "1234.5" or "1 234" → number; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (!/^-?[\d.,]+$/.test(t)) return null;
  const normal = t.includes(",") ? t.replace(/\./g, "").replace(",", ".") : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** "31.12.2025" or "2025-12-31" → ISO date; null when no such date. */
export function parseDate(text: string): string | null {
  const parsed = parseCalendarDate(text);
  return parsed.kind === "date" ? parsed.iso : null;
}

export function checkImport(
  table: string[][],
  lookups: { indicators: ImportIndicator[]; municipalities: ImportMunicipality[] },
): { columns: string[]; rows: CheckedRow[]; missing: ImportProblem[] } {
  const header = table[0] ?? [];
  const position = {} as Record<Column, number>;
  for (const column of Object.keys(importColumns) as Column[])
    position[column] = header.findIndex((h) =>
      (importColumns[column] as readonly string[]).includes(h.trim().toLowerCase()),
    );
  const missing: ImportProblem[] = (["key", "period", "value"] as const)
    .filter((c) => position[c] < 0)
    .map((c) => ({ column: importColumns[c][0], code: "missingColumn" }));
  const byKey = new Map(lookups.indicators.map((i) => [i.key.toLowerCase(), i]));
  const seen = new Set<string>();
  const rows = table.slice(1).map((cells, index): CheckedRow => {
    const problems: ImportProblem[] = [];
    const cell = (c: Column) => (position[c] >= 0 ? (cells[position[c]] ?? "").trim() : "");
    const name = (c: Column) => header[position[c]]?.trim() || importColumns[c][0];
    const problem = (c: Column, code: ImportProblemCode) =>
      problems.push({ column: name(c), code });

    const indicator = byKey.get(cell("key").toLowerCase());
    if (!cell("key")) problem("key", "required");
    else if (!indicator) problem("key", "unknownIndicator");
    else if (indicator.aggregation === "ratio") problem("key", "ratioNoValues");

    const period = cell("period");
    if (!period) problem("period", "required");
    else if (indicator && !isPeriod(indicator.periodicity, period))
      problem("period", "invalidPeriod");

    let municipalityId: string | null = null;
    const ags = cell("ags");
    const place = cell("municipality");
    if (ags) {
      const found = lookups.municipalities.find((m) => m.ags === ags);
      if (found) municipalityId = found.id;
      else problem("ags", "unknownMunicipality");
    } else if (place) {
      const found = lookups.municipalities.find(
        (m) => m.name.toLowerCase() === place.toLowerCase(),
      );
      if (found) municipalityId = found.id;
      else problem("municipality", "unknownMunicipality");
    }

    const raw = cell("value");
    let value: number | null = null;
    let mark: SuppressionMark | null = null;
    if (raw === "." || raw === "*") mark = raw;
    else if (!raw) problem("value", "required");
    else {
      value = parseNumber(raw);
      if (value === null) problem("value", "notANumber");
      else if (value < 0 && indicator && indicator.unit !== "percent") problem("value", "negative");
      else if (indicator?.unit === "count" && !Number.isInteger(value))
        problem("value", "wholeNumber");
    }

    let referenceDate: string | null = null;
    if (cell("referenceDate")) {
      referenceDate = parseDate(cell("referenceDate"));
      if (!referenceDate) problem("referenceDate", "invalidDate");
    }
    const cellKey = `${indicator?.id}|${period}|${municipalityId}`;
    if (!problems.length && indicator && seen.has(cellKey)) problem("value", "duplicate");
    seen.add(cellKey);

    return {
      row: index + 2,
      cells,
      problems,
      value:
        problems.length || !indicator
          ? null
          : {
              indicatorId: indicator.id,
              period,
              municipalityId,
              value,
              mark,
              source: cell("source") || null,
              referenceDate,
            },
    };
  });
  return { columns: header, rows, missing };
}
