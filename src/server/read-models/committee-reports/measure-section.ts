import { isStale, type TrafficLight } from "../../../domain/measure-progress";
import { type MeasureStatus, measureStatuses } from "../../../domain/measure-status";
import type { MeasureEntry, MeasureReport } from "../../renderers/reports/report-snapshot";

/**
 * The report's per-measure section as a pure function of the gathered data: every measure of
 * the period by action field and goal, the most telling ones in full (up to the tenant's limit),
 * the rest as counts. For a public session only public measures are listed.
 */

/** Organisation named for updates by the county's own staff (no partner account). */
export const countyStaff = "Kreisverwaltung";

export interface MeasureInput {
  id: string;
  title: string;
  /** Status at the end of the period (or as of the report's day, if earlier). */
  status: MeasureStatus;
  /** Status when the period began; null when the measure did not exist yet. */
  statusAtStart: MeasureStatus | null;
  completion: number;
  overdue: boolean;
  isPublic: boolean;
  organisation: string | null;
  update: {
    reportedOn: string;
    light: TrafficLight;
    text: string;
    organisation: string | null;
  } | null;
  recommendations: {
    field: string;
    fieldPosition: number;
    goal: string;
    goalPosition: number;
    recommendation: string;
    recommendationPosition: number;
  }[];
  milestones: { title: string; dueOn: string; doneOn: string | null }[];
  money: { committedCents: number; paidCents: number } | undefined;
}

const noField = "Ohne Zuordnung zu einem Handlungsfeld";
const noGoal = "Ohne Handlungsziel";

/** Red first, then overdue, yellow, those with a Sachstand in the period, the rest. */
function rank(m: MeasureEntry): number {
  if (m.light === "red" && !m.stale) return 0;
  if (m.overdue) return 1;
  if (m.light === "yellow" && !m.stale) return 2;
  if (m.update) return 3;
  if (m.milestones.some((x) => x.missed)) return 4;
  return 5;
}

const zero = () =>
  Object.fromEntries(measureStatuses.map((s) => [s, 0])) as Record<MeasureStatus, number>;

export function measureReport(input: {
  measures: MeasureInput[];
  fields: { position: number; title: string }[];
  period: { from: string; to: string };
  /** The day the report's state is judged on: the period's end, or the report's day if earlier. */
  basis: string;
  staleDays: number;
  fullLimit: number;
  publicSession: boolean;
}): MeasureReport {
  const { period } = input;
  // Measures of the period: existing by its end, and not finished or dropped before it began.
  const relevant = input.measures.filter(
    (m) => m.statusAtStart !== "completed" && m.statusAtStart !== "dropped",
  );
  const listed = relevant.filter((m) => !input.publicSession || m.isPublic);
  const entries = listed.map((m) => {
    const first = m.recommendations[0];
    const inPeriod = m.update && m.update.reportedOn >= period.from ? m.update : null;
    const entry: MeasureEntry = {
      id: m.id,
      title: m.title,
      organisation: m.organisation,
      status: m.status,
      light: m.update?.light ?? "grey",
      lightOn: m.update?.reportedOn ?? null,
      stale: isStale(m.update?.reportedOn ?? null, input.basis, input.staleDays),
      completion: m.completion,
      overdue: m.overdue,
      // Sachstand texts and milestone titles are internal (the public site never shows them):
      // a public session's report says that and when, not what.
      update: inPeriod
        ? {
            text: input.publicSession ? "" : inPeriod.text,
            on: inPeriod.reportedOn,
            organisation: inPeriod.organisation ?? countyStaff,
          }
        : null,
      milestones: m.milestones.map((x) => ({
        title: input.publicSession ? "" : x.title,
        dueOn: x.dueOn,
        doneOn: x.doneOn,
        missed: x.doneOn === null ? x.dueOn < input.basis : x.doneOn > x.dueOn,
      })),
      committedCents: m.money?.committedCents ?? 0,
      paidCents: m.money?.paidCents ?? 0,
      recommendation: first
        ? {
            number: `${first.fieldPosition}.${first.goalPosition}.${first.recommendationPosition}`,
            title: first.recommendation,
          }
        : null,
    };
    return {
      entry,
      field: first?.field ?? noField,
      fieldPosition: first?.fieldPosition ?? null,
      goal: first ? `${first.fieldPosition}.${first.goalPosition} ${first.goal}` : noGoal,
      goalPosition: first?.goalPosition ?? Number.MAX_SAFE_INTEGER,
    };
  });

  // Which are told in full: the most telling first, then by field, goal and title.
  const told = new Set(
    [...entries]
      .sort(
        (a, b) =>
          rank(a.entry) - rank(b.entry) ||
          (a.fieldPosition ?? 99) - (b.fieldPosition ?? 99) ||
          a.goalPosition - b.goalPosition ||
          a.entry.title.localeCompare(b.entry.title, "de") ||
          a.entry.id.localeCompare(b.entry.id),
      )
      .slice(0, Math.max(0, input.fullLimit))
      .map((e) => e.entry.id),
  );

  const fieldTitles = [
    ...input.fields.map((f) => ({ position: f.position as number | null, title: f.title })),
  ];
  for (const e of entries)
    if (!fieldTitles.some((f) => f.title === e.field))
      fieldTitles.push({ position: e.fieldPosition, title: e.field });

  const fields = fieldTitles
    .map((f) => {
      const own = entries.filter((e) => e.field === f.title);
      const notTold = zero();
      for (const e of own) if (!told.has(e.entry.id)) notTold[e.entry.status] += 1;
      const goals = new Map<string, { position: number; measures: MeasureEntry[] }>();
      for (const e of own) {
        if (!told.has(e.entry.id)) continue;
        const g = goals.get(e.goal) ?? { position: e.goalPosition, measures: [] };
        g.measures.push(e.entry);
        goals.set(e.goal, g);
      }
      return {
        position: f.position,
        title: f.title,
        goals: [...goals.entries()]
          .sort((a, b) => a[1].position - b[1].position || a[0].localeCompare(b[0], "de"))
          .map(([title, g]) => ({
            title,
            measures: g.measures.sort(
              (a, b) => a.title.localeCompare(b.title, "de") || a.id.localeCompare(b.id),
            ),
          })),
        notTold,
      };
    })
    .filter((f) => f.goals.length || Object.values(f.notTold).some((n) => n > 0));

  return {
    fullLimit: input.fullLimit,
    staleDays: input.staleDays,
    nonPublicCount: relevant.length - listed.length,
    fields,
  };
}
