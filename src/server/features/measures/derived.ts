import { and, eq, inArray, sql } from "drizzle-orm";
import { deriveMeasure, type MeasureDerived } from "../../../domain/measure-progress";
import type { Executor } from "../../platform/db/database";
import { measure } from "../../platform/db/schema";
import * as q from "./queries";

/**
 * The stored derived values of measures (columns `latest_update_on`, `latest_traffic_light`,
 * `open_milestone_due_on`, `completion`): computed by the domain's `deriveMeasure` from the
 * measure, its milestones and its latest progress update. Every write of those calls
 * `refreshDerived` in its own transaction; `derivedDifferences` recomputes and compares (tests,
 * `kurs measures verify`).
 */

type Row = MeasureDerived & { id: string };

async function computeDerived(
  db: Executor,
  tenantId: string,
  measureIds?: string[],
): Promise<Row[]> {
  const measures = await db
    .select({
      id: measure.id,
      status: measure.status,
      manualCompletion: measure.manualCompletion,
    })
    .from(measure)
    .where(
      and(
        eq(measure.tenantId, tenantId),
        measureIds ? inArray(measure.id, measureIds.length ? measureIds : [tenantId]) : undefined,
      ),
    );
  if (!measures.length) return [];
  const ids = measureIds ? measures.map((m) => m.id) : undefined;
  const latest = new Map((await q.latestUpdates(db, tenantId, ids)).map((u) => [u.measureId, u]));
  const milestones = new Map<string, { dueOn: string; doneOn: string | null }[]>();
  for (const m of await q.milestonesOf(db, tenantId, ids)) {
    const list = milestones.get(m.measureId) ?? [];
    list.push(m);
    milestones.set(m.measureId, list);
  }
  return measures.map((m) => ({
    id: m.id,
    ...deriveMeasure({
      status: m.status,
      manualCompletion: m.manualCompletion,
      milestones: milestones.get(m.id) ?? [],
      latestUpdate: latest.get(m.id) ?? null,
    }),
  }));
}

/** Recomputes and stores the derived values of the given measures (of all without ids). */
export async function refreshDerived(
  db: Executor,
  tenantId: string,
  measureIds?: string[],
): Promise<void> {
  const rows = await computeDerived(db, tenantId, measureIds);
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows
      .slice(i, i + 500)
      .map(
        (r) =>
          sql`(${r.id}::uuid, ${r.latestUpdateOn}::date, ${r.latestTrafficLight}::text, ${r.openMilestoneDueOn}::date, ${r.completion}::integer)`,
      );
    await db.execute(sql`
      update measure set
        latest_update_on = v.latest_update_on,
        latest_traffic_light = v.latest_traffic_light,
        open_milestone_due_on = v.open_milestone_due_on,
        completion = v.completion
      from (values ${sql.join(values, sql`, `)})
        as v(id, latest_update_on, latest_traffic_light, open_milestone_due_on, completion)
      where measure.tenant_id = ${tenantId} and measure.id = v.id`);
  }
}

export interface DerivedDifference {
  measureId: string;
  field: keyof MeasureDerived;
  stored: string | number | null;
  derived: string | number | null;
}

/** Every measure whose stored derived values differ from what the domain derives now. */
export async function derivedDifferences(
  db: Executor,
  tenantId: string,
): Promise<DerivedDifference[]> {
  const stored = new Map(
    (
      await db
        .select({
          id: measure.id,
          latestUpdateOn: measure.latestUpdateOn,
          latestTrafficLight: measure.latestTrafficLight,
          openMilestoneDueOn: measure.openMilestoneDueOn,
          completion: measure.completion,
        })
        .from(measure)
        .where(eq(measure.tenantId, tenantId))
    ).map((r) => [r.id, r]),
  );
  const out: DerivedDifference[] = [];
  for (const row of await computeDerived(db, tenantId)) {
    const have = stored.get(row.id);
    for (const field of [
      "latestUpdateOn",
      "latestTrafficLight",
      "openMilestoneDueOn",
      "completion",
    ] as const) {
      if (have?.[field] !== row[field])
        out.push({ measureId: row.id, field, stored: have?.[field] ?? null, derived: row[field] });
    }
  }
  return out;
}
