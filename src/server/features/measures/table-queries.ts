import { and, asc, desc, eq, notExists, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { measure, measureMunicipality, progressUpdate, tenant } from "../../platform/db/schema";
import { isPublished } from "./published";

/** Queries for the tables and views of measures: import lookups, exports, counts, settings. */

/** Every measure's id and title (to find the measure a progress row names). */
export async function measureTitles(db: Executor, tenantId: string) {
  return db
    .select({ id: measure.id, title: measure.title })
    .from(measure)
    .where(eq(measure.tenantId, tenantId));
}

/** Every progress update with its measure's title, by measure then newest first. */
export async function progressRows(
  db: Executor,
  tenantId: string,
  { publishedOnly }: { publishedOnly: boolean },
) {
  return db
    .select({
      measureTitle: measure.title,
      reportedOn: progressUpdate.reportedOn,
      trafficLight: progressUpdate.trafficLight,
      text: progressUpdate.text,
      isExample: measure.isExample,
    })
    .from(progressUpdate)
    .innerJoin(
      measure,
      and(eq(measure.tenantId, progressUpdate.tenantId), eq(measure.id, progressUpdate.measureId)),
    )
    .where(
      publishedOnly
        ? and(eq(progressUpdate.tenantId, tenantId), isPublished)
        : eq(progressUpdate.tenantId, tenantId),
    )
    .orderBy(asc(measure.title), desc(progressUpdate.reportedOn), desc(progressUpdate.createdAt));
}

/** Measures per municipality and status (a measure may name several municipalities). */
export async function countsByMunicipality(db: Executor, tenantId: string, publishedOnly = false) {
  return db
    .select({
      municipalityId: measureMunicipality.municipalityId,
      status: measure.status,
      n: sql<number>`count(*)::int`,
    })
    .from(measureMunicipality)
    .innerJoin(
      measure,
      and(
        eq(measure.tenantId, measureMunicipality.tenantId),
        eq(measure.id, measureMunicipality.measureId),
      ),
    )
    .where(and(eq(measureMunicipality.tenantId, tenantId), publishedOnly ? isPublished : undefined))
    .groupBy(measureMunicipality.municipalityId, measure.status);
}

/** Measures that name no municipality (county-wide), per status. */
export async function countyWideCounts(db: Executor, tenantId: string, publishedOnly = false) {
  return db
    .select({ status: measure.status, n: sql<number>`count(*)::int` })
    .from(measure)
    .where(
      and(
        eq(measure.tenantId, tenantId),
        publishedOnly ? isPublished : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(measureMunicipality)
            .where(
              and(
                eq(measureMunicipality.tenantId, measure.tenantId),
                eq(measureMunicipality.measureId, measure.id),
              ),
            ),
        ),
      ),
    )
    .groupBy(measure.status);
}

/** Stores the office's overdue threshold in the tenant's settings (other settings untouched). */
export async function setOverdueDays(db: Executor, tenantId: string, days: number) {
  await db
    .update(tenant)
    .set({
      settings: sql`${tenant.settings} || jsonb_build_object('measureOverdueDays', ${days}::int)`,
    })
    .where(eq(tenant.id, tenantId));
}
