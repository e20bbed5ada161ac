import { addDays } from "./dates";
import { isActive, type MeasureStatus, measureStatuses } from "./measure-status";
import { type Cadence, reportingCadenceMonths } from "./reporting-schedule";

export const trafficLights = ["green", "yellow", "red", "grey"] as const;
export type TrafficLight = (typeof trafficLights)[number];

/**
 * The German word of each traffic light: the reports, the exports (which the progress import
 * reads back) and the web (which adds "(nicht begonnen)" to grey) show it.
 */
export const trafficLightLabels: Record<TrafficLight, string> = {
  green: "grün",
  yellow: "gelb",
  red: "rot",
  grey: "grau",
};

/** A count per traffic light, all 0, in the order of `trafficLights`. */
export function lightCounts(): Record<TrafficLight, number> {
  return Object.fromEntries(trafficLights.map((light) => [light, 0])) as Record<
    TrafficLight,
    number
  >;
}

export const defaultOverdueDays = 90;

export interface MilestoneState {
  dueOn: string;
  doneOn: string | null;
}

export const overdueReasonKinds = ["noUpdate", "milestonePastDue"] as const;
export type OverdueReason = (typeof overdueReasonKinds)[number];

/**
 * The days with which `today` turns a measure's stored dates into "overdue": its last activity
 * (last progress update, else creation) before `activityBefore`, or a milestone not done that
 * was due before `milestoneDueBefore`. The list and the overview compare the stored dates with
 * these in SQL; `overdueReasons` below applies the same cut-offs to one measure.
 */
export function overdueCutoffs(today: string, overdueDays: number) {
  return { activityBefore: addDays(today, -overdueDays), milestoneDueBefore: today };
}

/** The statuses in which a measure can be overdue (those expected to move). */
export const overdueStatuses = measureStatuses.filter(isActive);

/**
 * A measure that should be moving (planned or in progress) is overdue when its last progress
 * update (or, without one, its creation) is more than `overdueDays` ago, or when a milestone that
 * is not done is past its due date (which is whether the earliest open one is).
 */
export function overdueReasons(input: {
  status: MeasureStatus;
  lastUpdateOn: string | null;
  createdOn: string;
  /** The earliest due date of the milestones not done (`earliestOpenDue`), or null. */
  openMilestoneDueOn: string | null;
  today: string;
  overdueDays: number;
}): OverdueReason[] {
  if (!isActive(input.status)) return [];
  const cutoffs = overdueCutoffs(input.today, input.overdueDays);
  const reasons: OverdueReason[] = [];
  const since = input.lastUpdateOn ?? input.createdOn;
  if (since < cutoffs.activityBefore) reasons.push("noUpdate");
  const openDue = input.openMilestoneDueOn;
  if (openDue !== null && openDue < cutoffs.milestoneDueBefore) reasons.push("milestonePastDue");
  return reasons;
}

/** The earliest due date among the milestones not done, or null. */
export function earliestOpenDue(milestones: readonly MilestoneState[]): string | null {
  let earliest: string | null = null;
  for (const m of milestones)
    if (!m.doneOn && (earliest === null || m.dueOn < earliest)) earliest = m.dueOn;
  return earliest;
}

/**
 * What the rules derive from a measure's own history, without `today`: stored beside the measure
 * whenever the measure, a milestone or a progress update changes (in the same transaction), so
 * that lists, filters and the overview read it in SQL. `today` is applied at reading, through
 * `overdueCutoffs` and the staleness limit.
 */
export interface MeasureDerived {
  latestUpdateOn: string | null;
  latestTrafficLight: TrafficLight | null;
  openMilestoneDueOn: string | null;
  completion: number;
}

export function deriveMeasure(input: {
  status: MeasureStatus;
  manualCompletion: number | null;
  milestones: readonly MilestoneState[];
  latestUpdate: { reportedOn: string; trafficLight: TrafficLight } | null;
}): MeasureDerived {
  return {
    latestUpdateOn: input.latestUpdate?.reportedOn ?? null,
    latestTrafficLight: input.latestUpdate?.trafficLight ?? null,
    openMilestoneDueOn: earliestOpenDue(input.milestones),
    completion: completionOf(input),
  };
}

/**
 * Completion in percent: set by hand when given; else the share of milestones done; else 100 for
 * a completed measure and 0 otherwise. 100 % means completed: a measure that is not completed
 * shows at most 99 % (all milestones done or "100" typed in do not close it), so no measure is
 * ever 100 % and overdue at once (only planned and running measures can be overdue).
 */
export function completionOf(input: {
  status: MeasureStatus;
  manualCompletion: number | null;
  milestones: readonly MilestoneState[];
}): number {
  return completionOfCounts({
    status: input.status,
    manualCompletion: input.manualCompletion,
    milestoneCount: input.milestones.length,
    milestonesDone: input.milestones.filter((m) => m.doneOn).length,
  });
}

/** The same rule from counts (when the server has counted the milestones in SQL). */
function completionOfCounts(input: {
  status: MeasureStatus;
  manualCompletion: number | null;
  milestoneCount: number;
  milestonesDone: number;
}): number {
  if (input.status === "completed") return 100;
  const raw =
    input.manualCompletion !== null
      ? input.manualCompletion
      : input.milestoneCount > 0
        ? Math.round((input.milestonesDone / input.milestoneCount) * 100)
        : 0;
  return Math.min(raw, maxOpenCompletion);
}

/** The highest completion a measure that is not completed can show. */
export const maxOpenCompletion = 99;

/**
 * Staleness ("veraltet"): a traffic light and the progress it stands for are stale when the
 * update they come from is older than the tenant's limit. The limit is the tenant's setting, else
 * the shortest reporting cycle in force (a Sachstand older than one cycle was not renewed for the
 * last report), else half a year.
 */
const cadenceDays: Record<Cadence, number> = {
  quarterly: 92,
  halfYearly: 183,
  yearly: 366,
};
export const defaultStaleDays = cadenceDays.halfYearly;

export function staleLimitDays(input: {
  setting: number | null;
  cadences: readonly Cadence[];
}): number {
  if (input.setting !== null && input.setting > 0) return input.setting;
  if (!input.cadences.length) return defaultStaleDays;
  const shortest = [...input.cadences].sort(
    (a, b) => reportingCadenceMonths[a] - reportingCadenceMonths[b],
  )[0] as Cadence;
  return cadenceDays[shortest];
}

/** States reported before this day are stale on `today` (compared with stored dates in SQL too). */
function staleBefore(today: string, staleDays: number): string {
  return addDays(today, -staleDays);
}

/** Is a state reported on `reportedOn` stale on `today`? Nothing reported is not stale: it is grey. */
export function isStale(reportedOn: string | null, today: string, staleDays: number): boolean {
  return reportedOn !== null && reportedOn < staleBefore(today, staleDays);
}

export interface LightState {
  light: TrafficLight;
  /** The day of the update the light comes from; null without one (then grey). */
  reportedOn: string | null;
  stale: boolean;
}

/**
 * The traffic light as it may be shown: its colour, its date, and whether it is stale. Every
 * place that shows a light (measure page, lists, roll-up, overview, report, public site) uses
 * this, and shows a stale one as "veraltet" with its date.
 */
export function lightState(input: {
  light: TrafficLight | null;
  reportedOn: string | null;
  today: string;
  staleDays: number;
}): LightState {
  return {
    light: input.light ?? "grey",
    reportedOn: input.reportedOn,
    stale: isStale(input.reportedOn, input.today, input.staleDays),
  };
}

export interface RollUpInput {
  status: MeasureStatus;
  completion: number;
  weight: number;
  trafficLight: TrafficLight;
  overdue: boolean;
  /** The light is older than the staleness limit ("veraltet"). */
  stale?: boolean;
}

export interface RollUp {
  measureCount: number;
  /** Weighted mean completion in percent (dropped measures left out); null without measures. */
  completion: number | null;
  lights: Record<TrafficLight, number>;
  overdueCount: number;
  /** Lights among `lights` that are stale ("veraltet"). */
  staleCount: number;
}

/** Rolls measures up to one recommendation, goal or field. Dropped measures do not count. */
export function rollUp(measures: readonly RollUpInput[]): RollUp {
  const counted = measures.filter((m) => m.status !== "dropped");
  const lights = lightCounts();
  for (const m of counted) lights[m.trafficLight] += 1;
  const weight = counted.reduce((sum, m) => sum + m.weight, 0);
  const completion =
    weight > 0
      ? Math.round(counted.reduce((sum, m) => sum + m.completion * m.weight, 0) / weight)
      : null;
  return {
    measureCount: counted.length,
    completion,
    lights,
    overdueCount: counted.filter((m) => m.overdue).length,
    staleCount: counted.filter((m) => m.stale).length,
  };
}

/**
 * Roll-ups along the concept tree. A measure serving several recommendations counts once for each
 * recommendation, but once only for a goal or field it reaches through more than one of them.
 */
export function rollUpTree<M extends RollUpInput & { recommendationIds: readonly string[] }>(
  tree: {
    fields: readonly { id: string }[];
    goals: readonly { id: string; actionFieldId: string }[];
    recommendations: readonly { id: string; goalId: string }[];
  },
  measures: readonly M[],
) {
  const goalOf = new Map(tree.recommendations.map((r) => [r.id, r.goalId]));
  const fieldOf = new Map(tree.goals.map((g) => [g.id, g.actionFieldId]));
  const collect = (key: (recommendationId: string) => string | undefined) => {
    const groups = new Map<string, Set<M>>();
    for (const m of measures) {
      for (const rid of m.recommendationIds) {
        const k = key(rid);
        if (!k) continue;
        const set = groups.get(k) ?? new Set<M>();
        set.add(m);
        groups.set(k, set);
      }
    }
    return (id: string) => rollUp([...(groups.get(id) ?? [])]);
  };
  const byRecommendation = collect((rid) => (goalOf.has(rid) ? rid : undefined));
  const byGoal = collect((rid) => goalOf.get(rid));
  const byField = collect((rid) => {
    const g = goalOf.get(rid);
    return g ? fieldOf.get(g) : undefined;
  });
  return {
    fields: tree.fields.map((f) => ({ id: f.id, ...byField(f.id) })),
    goals: tree.goals.map((g) => ({ id: g.id, ...byGoal(g.id) })),
    recommendations: tree.recommendations.map((r) => ({ id: r.id, ...byRecommendation(r.id) })),
  };
}
