/**
 * Vorlagenfrist: how many days before a meeting its papers must be with the committee office.
 *
 * One home for the rule. The county sets its Vorlagenfrist (`tenant.paper_deadline_days`,
 * page „Landkreis“); a reporting duty may set its own lead time for its Sachstandsbericht
 * (`reporting_duty.paper_deadline_days`, empty = the county's). Every reader — report schedule,
 * „Meine Aufgaben“, calendar feeds, the lapse warning of funds — asks `paperDeadlineDaysFor`.
 */

/** The county's Vorlagenfrist when it has not set one (three weeks). */
export const defaultPaperDeadlineDays = 21;

/** The range allowed for either setting (also the DB CHECKs). */
export const paperDeadlineRange = { min: 0, max: 180 } as const;

export type PaperDeadlineSource = "county" | "duty";

export interface PaperDeadline {
  days: number;
  /** Whose setting applies: the county's, or the reporting duty's own. */
  source: PaperDeadlineSource;
}

/**
 * The Vorlagenfrist that applies: a reporting duty's own when it has one, otherwise the county's.
 * Meetings without a reporting duty (calendar, lapse warning) pass no duty.
 */
export function paperDeadlineFor(
  countyDays: number,
  duty?: { paperDeadlineDays: number | null } | null,
): PaperDeadline {
  const own = duty?.paperDeadlineDays;
  return own === null || own === undefined
    ? { days: countyDays, source: "county" }
    : { days: own, source: "duty" };
}

/** The days of `paperDeadlineFor`. */
export const paperDeadlineDaysFor = (
  countyDays: number,
  duty?: { paperDeadlineDays: number | null } | null,
): number => paperDeadlineFor(countyDays, duty).days;

export type PaperDeadlineProblem = "paperDeadline.notWhole" | "paperDeadline.range";

/**
 * Reads a Vorlagenfrist as typed in a form (a number, or digits as text, surrounding blanks
 * allowed). Anything else is a problem the form shows at the field.
 */
export function readPaperDeadlineDays(
  input: number | string,
): { days: number } | { problem: PaperDeadlineProblem } {
  const text = typeof input === "number" ? String(input) : input.trim();
  if (!/^\d+$/.test(text)) return { problem: "paperDeadline.notWhole" };
  const days = Number(text);
  if (days < paperDeadlineRange.min || days > paperDeadlineRange.max)
    return { problem: "paperDeadline.range" };
  return { days };
}
