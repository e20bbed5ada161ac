import { sql } from "drizzle-orm";
import type { TrafficLight } from "../../../domain/measure-progress";
import type { MeasureStatus } from "../../../domain/measure-status";
import type { Executor } from "../../platform/db/database";
import { isPublished } from "./published";

export interface RollUpRow {
  id: string;
  status: MeasureStatus;
  weight: number;
  createdOn: string;
  latestUpdateOn: string | null;
  trafficLight: TrafficLight | null;
  completion: number;
  /** The earliest due date of the milestones not done yet (stored, measures/derived.ts). */
  openMilestoneDueOn: string | null;
  recommendationIds: string[];
}

/**
 * What the roll-up needs of every measure, one row per measure: the stored derived values (latest
 * update and light, completion, earliest open due date; measures/derived.ts) and the
 * recommendations served, so that a county with thousands of measures sends thousands of small
 * rows; the rules stay in src/domain.
 */
export async function listRollUpRows(
  db: Executor,
  tenantId: string,
  publishedOnly = false,
): Promise<RollUpRow[]> {
  // No arrays: node-postgres parses array literals slowly; a comma list and a min() are cheap.
  const result = (await db.execute(sql`
    select measure.id, measure.status, measure.weight, measure.completion,
           (measure.created_at at time zone 'UTC')::date::text as created_on,
           measure.latest_update_on::text as latest_update_on,
           measure.latest_traffic_light as traffic_light,
           measure.open_milestone_due_on::text as open_due,
           mr.ids as recommendation_ids
      from measure
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
    completion: Number(r.completion),
    createdOn: String(r.created_on),
    latestUpdateOn: (r.latest_update_on as string | null) ?? null,
    trafficLight: (r.traffic_light as RollUpRow["trafficLight"]) ?? null,
    openMilestoneDueOn: (r.open_due as string | null) ?? null,
    recommendationIds: r.recommendation_ids ? String(r.recommendation_ids).split(",") : [],
  }));
}
