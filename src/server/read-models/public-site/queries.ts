import { and, asc, eq, inArray } from "drizzle-orm";
import { isPublished } from "../../features/measures/published";
import { recommendationLinks } from "../../features/measures/read";
import type { Executor } from "../../platform/db/database";
import {
  legalText,
  measure,
  measureMunicipality,
  municipality,
  resolution,
} from "../../platform/db/schema";

/** Only measures the office marked public, and only their public columns (never notes). */
export async function listPublicMeasures(db: Executor, tenantId: string) {
  return db
    .select({
      id: measure.id,
      title: measure.title,
      description: measure.description,
      status: measure.status,
      startOn: measure.startOn,
      endOn: measure.endOn,
    })
    .from(measure)
    .where(and(eq(measure.tenantId, tenantId), isPublished))
    .orderBy(asc(measure.title));
}

export async function municipalitiesOfMeasures(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ measureId: measureMunicipality.measureId, name: municipality.name })
    .from(measureMunicipality)
    .innerJoin(
      municipality,
      and(
        eq(municipality.tenantId, measureMunicipality.tenantId),
        eq(municipality.id, measureMunicipality.municipalityId),
      ),
    )
    .where(
      and(eq(measureMunicipality.tenantId, tenantId), inArray(measureMunicipality.measureId, ids)),
    )
    .orderBy(asc(municipality.position));
}

/** The action-field lineages a measure serves (through its recommendations). */
export async function fieldsOfMeasures(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  const seen = new Set<string>();
  return (await recommendationLinks(db, tenantId, ids))
    .map((l) => ({ measureId: l.measureId, lineageId: l.fieldLineageId }))
    .filter((l) => {
      const key = `${l.measureId}/${l.lineageId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export async function resolutionText(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ text: resolution.text })
    .from(resolution)
    .where(and(eq(resolution.tenantId, tenantId), eq(resolution.id, id)));
  return rows[0]?.text ?? null;
}

export async function listLegalTexts(db: Executor, tenantId: string) {
  return db
    .select({
      topic: legalText.topic,
      lang: legalText.lang,
      body: legalText.body,
      contact: legalText.contact,
    })
    .from(legalText)
    .where(eq(legalText.tenantId, tenantId));
}
