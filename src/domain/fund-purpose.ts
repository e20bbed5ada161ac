/** Zweckbindung: is a measure inside a fund's purpose on a date? Pure; the server loads the facts. */

export interface PurposeEntry {
  kind: "actionField" | "goal" | "recommendation" | "measure" | "measureType";
  validFrom: string;
  validTo: string | null;
  actionFieldLineageId: string | null;
  targetId: string | null;
  measureTypeId: string | null;
}

/** A measure and what it serves: ids and lineage ids of its recommendations, goals and fields. */
export interface MeasureLineage {
  measureId: string;
  measureTypeId: string;
  actionFieldLineageIds: readonly string[];
  goalIds: readonly string[];
  recommendationIds: readonly string[];
}

export function entryValidOn(entry: PurposeEntry, date: string): boolean {
  return entry.validFrom <= date && (entry.validTo === null || date <= entry.validTo);
}

function entryCovers(entry: PurposeEntry, m: MeasureLineage): boolean {
  const inField =
    entry.actionFieldLineageId === null ||
    m.actionFieldLineageIds.includes(entry.actionFieldLineageId);
  switch (entry.kind) {
    case "actionField":
      return entry.actionFieldLineageId !== null && inField;
    case "goal":
      return entry.targetId !== null && m.goalIds.includes(entry.targetId) && inField;
    case "recommendation":
      return entry.targetId !== null && m.recommendationIds.includes(entry.targetId) && inField;
    case "measure":
      return entry.targetId === m.measureId;
    case "measureType":
      return entry.measureTypeId === m.measureTypeId && inField;
  }
}

/** Is the measure inside the fund's purpose on that date (any entry valid then covers it)? */
export function purposeCovers(
  entries: readonly PurposeEntry[],
  measure: MeasureLineage,
  date: string,
): boolean {
  return entries.some((e) => entryValidOn(e, date) && entryCovers(e, measure));
}
