/**
 * Rules for importing progress updates (Sachstände) from a table (CSV/XLSX): one row is one update
 * of one measure, named by its title. As with measures, every problem is named by row and column
 * and only a table without problems is imported.
 */

import { parseDate } from "./measure-import";
import type { TrafficLight } from "./measure-progress";

export const progressColumns = ["Maßnahme", "Datum", "Ampel", "Sachstand"] as const;
export type ProgressColumn = (typeof progressColumns)[number];

/** The traffic light as written in the table (German, English or the key). */
const lightNames: Record<string, TrafficLight> = {
  grün: "green",
  gruen: "green",
  gelb: "yellow",
  rot: "red",
  grau: "grey",
  green: "green",
  yellow: "yellow",
  red: "red",
  grey: "grey",
  gray: "grey",
};

export interface ImportedProgress {
  measureId: string;
  reportedOn: string;
  trafficLight: TrafficLight;
  text: string;
}

const norm = (s: string) => s.trim().toLocaleLowerCase("de");

/** Checks one row against the measures of the county; `today` bounds the date. */
export function checkProgressRow(
  cells: Partial<Record<ProgressColumn, string>>,
  lookups: { measures: { id: string; title: string }[]; today: string },
): { update: ImportedProgress | null; problems: { column: ProgressColumn; code: string }[] } {
  const problems: { column: ProgressColumn; code: string }[] = [];
  const cell = (c: ProgressColumn) => (cells[c] ?? "").trim();

  const title = cell("Maßnahme");
  const matches = lookups.measures.filter((m) => norm(m.title) === norm(title));
  if (!title) problems.push({ column: "Maßnahme", code: "required" });
  else if (matches.length === 0) problems.push({ column: "Maßnahme", code: "unknownMeasure" });
  else if (matches.length > 1) problems.push({ column: "Maßnahme", code: "ambiguousMeasure" });

  const dateText = cell("Datum");
  const reportedOn = dateText ? parseDate(dateText) : null;
  if (!dateText) problems.push({ column: "Datum", code: "required" });
  else if (!reportedOn) problems.push({ column: "Datum", code: "invalidDate" });
  else if (reportedOn > lookups.today) problems.push({ column: "Datum", code: "dateInFuture" });

  const light = lightNames[norm(cell("Ampel"))];
  if (!light) problems.push({ column: "Ampel", code: "unknownLight" });

  const text = cell("Sachstand");
  if (!text) problems.push({ column: "Sachstand", code: "required" });
  if (text.length > 10_000) problems.push({ column: "Sachstand", code: "tooLongText" });

  const measure = matches.length === 1 ? matches[0] : undefined;
  if (problems.length || !measure || !reportedOn || !light) return { update: null, problems };
  return {
    update: { measureId: measure.id, reportedOn, trafficLight: light, text },
    problems,
  };
}
