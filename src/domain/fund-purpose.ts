/** Zweckbindung: is a measure inside a fund's purpose on a date? Pure; the server loads the facts. */

/** What a fund's purpose (Zweckbindung) may name. */
export const fundPurposeKinds = [
  "actionField",
  "goal",
  "recommendation",
  "measure",
  "measureType",
] as const;
export type FundPurposeKind = (typeof fundPurposeKinds)[number];

export interface PurposeEntry {
  kind: FundPurposeKind;
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

function entryValidOn(entry: PurposeEntry, date: string): boolean {
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

/**
 * The action fields (by lineage) a fund's money belongs to on a date, following the purpose
 * lineage for every kind: an action field itself; a goal, recommendation or measure through the
 * field(s) it belongs to (`fieldsOfTarget`, loaded by the server); a measure type through the
 * field it is restricted to. An entry that names a field is that field's, whatever its kind.
 * Several fields: the money serves all of them (readers show it as such, never as "no field").
 */
export function purposeFields(
  entries: readonly PurposeEntry[],
  date: string,
  fieldsOfTarget: ReadonlyMap<string, readonly string[]>,
): string[] {
  const fields = new Set<string>();
  for (const e of entries) {
    if (!entryValidOn(e, date)) continue;
    if (e.actionFieldLineageId) fields.add(e.actionFieldLineageId);
    else if (e.targetId) for (const f of fieldsOfTarget.get(e.targetId) ?? []) fields.add(f);
  }
  return [...fields].sort();
}

/** The day a fund's purpose is read on: today, or the last day of its fiscal year once over. */
export function purposeDay(fiscalYear: number, today: string): string {
  const end = `${fiscalYear}-12-31`;
  return today < end ? today : end;
}
