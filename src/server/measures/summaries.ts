import type { MeasureSummary } from "../../contract/measures";
import {
  completionOf,
  defaultOverdueDays,
  lightState,
  overdueReasons,
  staleLimitDays,
  type TrafficLight,
} from "../../domain/measure-progress";
import type { Executor } from "../db/database";
import * as q from "./queries";

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
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
  return staleLimitDays({
    setting: await q.staleDaysSetting(db, tenantId),
    cadences: await q.cadencesInForce(db, tenantId, today),
  });
}

/**
 * Summaries (traffic light, completion, overdue) of the given measure rows as of `today`. The
 * rules come from src/domain; this only gathers their inputs.
 */
export async function summarise(
  db: Executor,
  tenantId: string,
  rows: MeasureRow[],
  today: string,
): Promise<SummaryWithLinks[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const overdueDays = (await q.overdueDaysSetting(db, tenantId)) ?? defaultOverdueDays;
  const staleDays = await staleDaysOf(db, tenantId, today);
  const latest = new Map((await q.latestUpdates(db, tenantId)).map((u) => [u.measureId, u]));
  const milestones = groupBy(
    await q.milestonesOf(db, tenantId, rows.length > 500 ? undefined : ids),
    (m) => m.measureId,
  );
  const links = groupBy(
    await q.recommendationLinks(db, tenantId, rows.length > 500 ? undefined : ids),
    (l) => l.measureId,
  );
  return rows.map((row) => {
    const ms = milestones.get(row.id) ?? [];
    const update = latest.get(row.id) ?? null;
    const reasons = overdueReasons({
      status: row.status,
      lastUpdateOn: update?.reportedOn ?? null,
      createdOn: row.createdOn,
      milestones: ms,
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
      trafficLight: (update?.trafficLight ?? "grey") as TrafficLight,
      latestUpdateOn: update?.reportedOn ?? null,
      trafficLightStale: lightState({
        light: (update?.trafficLight ?? null) as TrafficLight | null,
        reportedOn: update?.reportedOn ?? null,
        today,
        staleDays,
      }).stale,
      completion: completionOf({
        status: row.status,
        manualCompletion: row.manualCompletion,
        milestones: ms,
      }),
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
