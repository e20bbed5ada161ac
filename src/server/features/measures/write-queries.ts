import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import {
  conceptVersion,
  measure,
  measureMunicipality,
  measurePartner,
  measureRecommendation,
  measureStatusChange,
  measureType,
  milestone,
  municipality,
  partner,
  progressUpdate,
  recommendation,
} from "../../platform/db/schema";
import { refreshDerived } from "./derived";

/**
 * Writes and reference checks of the measure aggregate. Every write that changes what the rules
 * derive (status, completion by hand, milestones, progress updates) refreshes the stored derived
 * values (derived.ts) in the same transaction.
 */
export async function insertMeasure(db: Executor, row: typeof measure.$inferInsert) {
  const [created] = await db.insert(measure).values(row).returning();
  if (!created) throw new Error("measure insert returned nothing");
  await refreshDerived(db, row.tenantId, [created.id]);
  return created;
}

export async function updateMeasure(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof measure.$inferInsert>,
) {
  await db
    .update(measure)
    .set(values)
    .where(and(eq(measure.tenantId, tenantId), eq(measure.id, id)));
  await refreshDerived(db, tenantId, [id]);
}

/** Replaces the links and milestones of a measure. */
export async function replaceLinks(
  db: Executor,
  tenantId: string,
  measureId: string,
  links: {
    recommendationIds: string[];
    partners: { partnerId: string; isLead: boolean }[];
    municipalityIds: string[];
    milestones: { title: string; dueOn: string; doneOn: string | null }[];
  },
) {
  await db
    .delete(measureRecommendation)
    .where(
      and(
        eq(measureRecommendation.tenantId, tenantId),
        eq(measureRecommendation.measureId, measureId),
      ),
    );
  await db
    .delete(measurePartner)
    .where(and(eq(measurePartner.tenantId, tenantId), eq(measurePartner.measureId, measureId)));
  await db
    .delete(measureMunicipality)
    .where(
      and(eq(measureMunicipality.tenantId, tenantId), eq(measureMunicipality.measureId, measureId)),
    );
  await db
    .delete(milestone)
    .where(and(eq(milestone.tenantId, tenantId), eq(milestone.measureId, measureId)));
  if (links.recommendationIds.length)
    await db.insert(measureRecommendation).values(
      links.recommendationIds.map((recommendationId) => ({
        tenantId,
        measureId,
        recommendationId,
      })),
    );
  if (links.partners.length)
    await db
      .insert(measurePartner)
      .values(links.partners.map((p) => ({ tenantId, measureId, ...p })));
  if (links.municipalityIds.length)
    await db
      .insert(measureMunicipality)
      .values(
        links.municipalityIds.map((municipalityId) => ({ tenantId, measureId, municipalityId })),
      );
  if (links.milestones.length)
    await db
      .insert(milestone)
      .values(links.milestones.map((m, i) => ({ tenantId, measureId, position: i + 1, ...m })));
  await refreshDerived(db, tenantId, [measureId]);
}

export async function insertStatusChange(
  db: Executor,
  row: typeof measureStatusChange.$inferInsert,
) {
  await db.insert(measureStatusChange).values(row);
}

export async function insertProgressUpdate(db: Executor, row: typeof progressUpdate.$inferInsert) {
  const [created] = await db.insert(progressUpdate).values(row).returning();
  if (!created) throw new Error("progress update insert returned nothing");
  await refreshDerived(db, row.tenantId, [row.measureId]);
  return created;
}

/** Those of the given recommendations that belong to an adopted concept version. */
export async function adoptedRecommendationIds(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .select({ id: recommendation.id })
    .from(recommendation)
    .innerJoin(
      conceptVersion,
      and(
        eq(conceptVersion.tenantId, recommendation.tenantId),
        eq(conceptVersion.id, recommendation.conceptVersionId),
      ),
    )
    .where(
      and(
        eq(recommendation.tenantId, tenantId),
        inArray(recommendation.id, ids),
        eq(conceptVersion.status, "adopted"),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Which of the given ids exist in this tenant (to name unknown ones field by field). */
export async function existingIds(
  db: Executor,
  tenantId: string,
  kind: "recommendation" | "partner" | "municipality" | "measureType",
  ids: string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const table = { recommendation, partner, municipality, measureType }[kind];
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), inArray(table.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Those of the given municipalities that the county has retired (`retired_at` set). */
export async function retiredMunicipalityIds(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: municipality.id })
    .from(municipality)
    .where(
      and(
        eq(municipality.tenantId, tenantId),
        inArray(municipality.id, [...ids]),
        isNotNull(municipality.retiredAt),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function isPartnerOfMeasure(
  db: Executor,
  tenantId: string,
  measureId: string,
  partnerId: string,
): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(measurePartner)
    .where(
      and(
        eq(measurePartner.tenantId, tenantId),
        eq(measurePartner.measureId, measureId),
        eq(measurePartner.partnerId, partnerId),
      ),
    );
  return rows.length > 0;
}
