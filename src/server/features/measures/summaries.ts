import type { MeasureSummary } from "../../../contract/measures";
import {
  defaultOverdueDays,
  lightState,
  overdueReasons,
  staleLimitDays,
  type TrafficLight,
} from "../../../domain/measure-progress";
import type { Executor } from "../../platform/db/database";
import * as q from "./queries";

/** Rows that belong to a measure, per measure id (in their order). */
export function rowsPerMeasure<T extends { measureId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.measureId);
    if (list) list.push(row);
    else out.set(row.measureId, [row]);
  }
  return out;
}

export type MeasureRow = Awaited<ReturnType<typeof q.listMeasureRows>>[number];

export interface SummaryWithLinks extends MeasureSummary {
  weight: number;
  recommendationIds: string[];
}

/** The tenant's staleness limit for lights on `today` (setting, else the shortest cycle). */
export async function staleDaysOf(db: Executor, tenantId: string, today: string) {
  return (await ruleLimits(db, tenantId, today)).staleDays;
}

export interface RuleLimits {
  /** Days without an update after which a planned or running measure is overdue. */
  overdueDays: number;
  /** Days after which a traffic light is stale ("veraltet"). */
  staleDays: number;
}

/** The limits the rules apply on `today`: the county's settings, else the defaults. */
export async function ruleLimits(
  db: Executor,
  tenantId: string,
  today: string,
): Promise<RuleLimits> {
  const settings = await q.limitSettings(db, tenantId);
  return {
    overdueDays: settings.overdueDays ?? defaultOverdueDays,
    staleDays: staleLimitDays({
      setting: settings.staleDays,
      cadences: await q.cadencesInForce(db, tenantId, today),
    }),
  };
}

/**
 * Summaries (traffic light, completion, overdue) of the given measure rows as of `today`: from
 * the stored derived values (measures/derived.ts) and the rules of src/domain that apply `today`.
 */
export async function summarise(
  db: Executor,
  tenantId: string,
  rows: MeasureRow[],
  today: string,
  limits?: RuleLimits,
): Promise<SummaryWithLinks[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const { overdueDays, staleDays } = limits ?? (await ruleLimits(db, tenantId, today));
  const links = rowsPerMeasure(
    await q.recommendationLinks(db, tenantId, rows.length > 500 ? undefined : ids),
  );
  return rows.map((row) => {
    const reasons = overdueReasons({
      status: row.status,
      lastUpdateOn: row.latestUpdateOn,
      createdOn: row.createdOn,
      openMilestoneDueOn: row.openMilestoneDueOn,
      today,
      overdueDays,
    });
    const own = links.get(row.id) ?? [];
    const fields = new Map(
      own.map((l) => [
        l.fieldId,
        { id: l.fieldId, title: l.fieldTitle, position: l.fieldPosition },
      ]),
    );
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      measureType: row.measureType,
      startOn: row.startOn,
      endOn: row.endOn,
      actionFields: [...fields.values()],
      trafficLight: (row.latestTrafficLight ?? "grey") as TrafficLight,
      latestUpdateOn: row.latestUpdateOn,
      trafficLightStale: lightState({
        light: row.latestTrafficLight,
        reportedOn: row.latestUpdateOn,
        today,
        staleDays,
      }).stale,
      completion: row.completion,
      overdue: reasons.length > 0,
      overdueReasons: reasons,
      isExample: row.isExample,
      weight: row.weight,
      recommendationIds: own.map((l) => l.recommendationId),
    };
  });
}

/** Drops the fields only the server needs. */
export function present(s: SummaryWithLinks): MeasureSummary {
  const { weight: _w, recommendationIds: _r, ...summary } = s;
  return summary;
}
