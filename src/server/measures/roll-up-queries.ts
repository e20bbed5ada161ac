import { sql } from "drizzle-orm";
import type { MeasureStatus } from "../../domain/measure-status";
import type { Executor } from "../db/database";
import { isPublished } from "./published";

export interface RollUpRow {
  id: string;
  status: MeasureStatus;
  weight: number;
  manualCompletion: number | null;
  createdOn: string;
  latestUpdateOn: string | null;
  trafficLight: "green" | "yellow" | "red" | "grey" | null;
  milestoneCount: number;
  milestonesDone: number;
  /**
   * The earliest due date of the milestones not done yet: the overdue rule asks whether any open
   * milestone is past due, which is whether the earliest one is.
   */
  earliestOpenMilestoneDue: string | null;
  recommendationIds: string[];
}

/**
 * What the roll-up needs of every measure, one row per measure: the latest update, milestone
 * counts and the earliest open due date, and the recommendations served. Counting and collecting happen in
 * SQL so that a county with thousands of measures sends thousands of small rows, not every
 * milestone, update and link with their titles; the rules stay in src/domain.
 */
export async function listRollUpRows(
  db: Executor,
  tenantId: string,
  publishedOnly = false,
): Promise<RollUpRow[]> {
  // No arrays: node-postgres parses array literals slowly; a comma list and a min() are cheap.
  const result = (await db.execute(sql`
    select measure.id, measure.status, measure.weight, measure.manual_completion,
           (measure.created_at at time zone 'UTC')::date::text as created_on,
           lu.reported_on::text as latest_update_on, lu.traffic_light,
           coalesce(ms.n, 0)::int as milestone_count, coalesce(ms.done, 0)::int as milestones_done,
           ms.earliest_open_due::text as earliest_open_due,
           mr.ids as recommendation_ids
      from measure
      left join (
        select distinct on (measure_id) measure_id, reported_on, traffic_light from progress_update
         where tenant_id = ${tenantId} order by measure_id, reported_on desc, created_at desc) lu
        on lu.measure_id = measure.id
      left join (
        select measure_id, count(*) n, count(done_on) done,
               min(due_on) filter (where done_on is null) earliest_open_due
          from milestone where tenant_id = ${tenantId} group by measure_id) ms on ms.measure_id = measure.id
      left join (
        select measure_id, string_agg(recommendation_id::text, ',') ids
          from measure_recommendation where tenant_id = ${tenantId} group by measure_id) mr
        on mr.measure_id = measure.id
     where measure.tenant_id = ${tenantId} and ${publishedOnly ? isPublished : sql`true`}`)) as unknown as {
    rows: Record<string, unknown>[];
  };
  return result.rows.map((r) => ({
    id: String(r.id),
    status: r.status as MeasureStatus,
    weight: Number(r.weight),
    manualCompletion: r.manual_completion === null ? null : Number(r.manual_completion),
    createdOn: String(r.created_on),
    latestUpdateOn: (r.latest_update_on as string | null) ?? null,
    trafficLight: (r.traffic_light as RollUpRow["trafficLight"]) ?? null,
    milestoneCount: Number(r.milestone_count),
    milestonesDone: Number(r.milestones_done),
    earliestOpenMilestoneDue: (r.earliest_open_due as string | null) ?? null,
    recommendationIds: r.recommendation_ids ? String(r.recommendation_ids).split(",") : [],
  }));
}
