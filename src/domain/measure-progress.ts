import { isActive, type MeasureStatus } from "./measure-status";

export const trafficLights = ["green", "yellow", "red", "grey"] as const;
export type TrafficLight = (typeof trafficLights)[number];

export const defaultOverdueDays = 90;

export interface MilestoneState {
  dueOn: string;
  doneOn: string | null;
}

/** Days from `from` to `to` (ISO dates, UTC calendar days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type OverdueReason = "noUpdate" | "milestonePastDue";

/**
 * A measure that should be moving (planned or in progress) is overdue when its last progress
 * update (or, without one, its creation) is more than `overdueDays` ago, or when a milestone that
 * is not done is past its due date.
 */
export function overdueReasons(input: {
  status: MeasureStatus;
  lastUpdateOn: string | null;
  createdOn: string;
  milestones: readonly MilestoneState[];
  today: string;
  overdueDays: number;
}): OverdueReason[] {
  if (!isActive(input.status)) return [];
  const reasons: OverdueReason[] = [];
  const since = input.lastUpdateOn ?? input.createdOn;
  if (daysBetween(since, input.today) > input.overdueDays) reasons.push("noUpdate");
  if (input.milestones.some((m) => !m.doneOn && m.dueOn < input.today))
    reasons.push("milestonePastDue");
  return reasons;
}

/**
 * Completion in percent: set by hand when given; else the share of milestones done; else 100 for
 * a completed measure and 0 otherwise.
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
export function completionOfCounts(input: {
  status: MeasureStatus;
  manualCompletion: number | null;
  milestoneCount: number;
  milestonesDone: number;
}): number {
  if (input.manualCompletion !== null) return input.manualCompletion;
  if (input.milestoneCount > 0) {
    return Math.round((input.milestonesDone / input.milestoneCount) * 100);
  }
  return input.status === "completed" ? 100 : 0;
}

export interface RollUpInput {
  status: MeasureStatus;
  completion: number;
  weight: number;
  trafficLight: TrafficLight;
  overdue: boolean;
}

export interface RollUp {
  measureCount: number;
  /** Weighted mean completion in percent (dropped measures left out); null without measures. */
  completion: number | null;
  lights: Record<TrafficLight, number>;
  overdueCount: number;
}

/** Rolls measures up to one recommendation, goal or field. Dropped measures do not count. */
export function rollUp(measures: readonly RollUpInput[]): RollUp {
  const counted = measures.filter((m) => m.status !== "dropped");
  const lights: Record<TrafficLight, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
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
