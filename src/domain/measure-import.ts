import { parseCalendarDate } from "./dates";
import { readEuro } from "./money";

/**
 * Rules for importing measures from a table (CSV/XLSX): every cell is checked and every problem
 * is named by row and column; only a table without problems is imported (all or nothing).
 */
export const importColumns = [
  "Titel",
  "Handlungsfeld",
  "Handlungsempfehlung",
  "Maßnahmenart",
  "Beginn",
  "Ende",
  "Verantwortlich",
  "Geplante Mittel (Euro)",
  "Geplantes Personal (VZÄ)",
  "Beschreibung",
] as const;
export type ImportColumn = (typeof importColumns)[number];

export interface ImportLookups {
  /** Fields of the adopted concept: number and title. */
  fields: { id: string; position: number; title: string }[];
  /** Recommendations with the field they belong to. */
  recommendations: { id: string; title: string; fieldId: string }[];
  measureTypes: { id: string; key: string; name: string }[];
}

export interface ImportedMeasure {
  title: string;
  description: string | null;
  measureTypeId: string;
  recommendationIds: string[];
  startOn: string | null;
  endOn: string | null;
  responsibleUnit: string | null;
  plannedCents: number;
  plannedFte: number;
}

export interface CellProblem {
  column: ImportColumn | "Zeile";
  code: string;
}

/** "31.12.2025" or "2025-12-31" → ISO; null when it is no real calendar date. */
export function parseDate(text: string): string | null {
  const parsed = parseCalendarDate(text);
  return parsed.kind === "date" ? parsed.iso : null;
}

function parseFte(text: string): number | null {
  const t = text.replace(",", ".").trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

const norm = (s: string) => s.trim().toLocaleLowerCase("de");

/** Checks one row; returns the measure or the problems of its cells. */
export function checkImportRow(
  cells: Partial<Record<ImportColumn, string>>,
  lookups: ImportLookups,
): { measure: ImportedMeasure | null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const cell = (c: ImportColumn) => (cells[c] ?? "").trim();
  const title = cell("Titel");
  if (!title) problems.push({ column: "Titel", code: "required" });
  if (title.length > 300) problems.push({ column: "Titel", code: "tooLong" });

  const fieldText = cell("Handlungsfeld");
  const field = lookups.fields.find(
    (f) => String(f.position) === fieldText || norm(f.title) === norm(fieldText),
  );
  if (!field) problems.push({ column: "Handlungsfeld", code: "unknownField" });

  const recTitles = cell("Handlungsempfehlung")
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);
  const recommendationIds: string[] = [];
  if (!recTitles.length) problems.push({ column: "Handlungsempfehlung", code: "required" });
  for (const r of recTitles) {
    const found = lookups.recommendations.find(
      (x) => norm(x.title) === norm(r) && (!field || x.fieldId === field.id),
    );
    if (found) recommendationIds.push(found.id);
    else if (field) problems.push({ column: "Handlungsempfehlung", code: "unknownRecommendation" });
  }

  const typeText = cell("Maßnahmenart");
  const type = lookups.measureTypes.find(
    (t) => norm(t.name) === norm(typeText) || t.key === typeText,
  );
  if (!type) problems.push({ column: "Maßnahmenart", code: "unknownType" });

  const date = (c: "Beginn" | "Ende") => {
    const text = cell(c);
    if (!text) return null;
    const parsed = parseDate(text);
    if (!parsed) problems.push({ column: c, code: "invalidDate" });
    return parsed;
  };
  const startOn = date("Beginn");
  const endOn = date("Ende");
  if (startOn && endOn && endOn < startOn)
    problems.push({ column: "Ende", code: "endBeforeStart" });

  const euro = cell("Geplante Mittel (Euro)");
  const read = euro ? readEuro(euro) : null;
  const cents = read === null ? 0 : read.ok ? read.cents : null;
  if (cents === null) problems.push({ column: "Geplante Mittel (Euro)", code: "invalidAmount" });
  const fteText = cell("Geplantes Personal (VZÄ)");
  const fte = fteText ? parseFte(fteText) : 0;
  if (fte === null) problems.push({ column: "Geplantes Personal (VZÄ)", code: "invalidNumber" });

  if (problems.length || !type || !field) return { measure: null, problems };
  return {
    measure: {
      title,
      description: cell("Beschreibung") || null,
      measureTypeId: type.id,
      recommendationIds,
      startOn,
      endOn,
      responsibleUnit: cell("Verantwortlich") || null,
      plannedCents: cents ?? 0,
      plannedFte: fte ?? 0,
    },
    problems,
  };
}
