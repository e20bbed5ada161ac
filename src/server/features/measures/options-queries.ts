import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { measureType, municipality, partner } from "../../platform/db/schema";

export async function listMeasureTypes(db: Executor, tenantId: string) {
  return db
    .select({ id: measureType.id, key: measureType.key, name: measureType.name })
    .from(measureType)
    .where(eq(measureType.tenantId, tenantId))
    .orderBy(asc(measureType.position));
}

export async function listPartners(db: Executor, tenantId: string) {
  return db
    .select({
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      isExample: partner.isExample,
    })
    .from(partner)
    .where(eq(partner.tenantId, tenantId))
    .orderBy(asc(partner.name));
}

/**
 * The county's municipalities in their order, retired ones included (they stay on historical
 * data and in filters) unless `activeOnly` (what a form offers for new entries).
 */
export async function listMunicipalities(
  db: Executor,
  tenantId: string,
  { activeOnly = false }: { activeOnly?: boolean } = {},
) {
  return db
    .select({
      id: municipality.id,
      name: municipality.name,
      kind: municipality.kind,
      ags: municipality.ags,
      retired: sql<boolean>`${municipality.retiredAt} is not null`,
    })
    .from(municipality)
    .where(
      and(
        eq(municipality.tenantId, tenantId),
        activeOnly ? isNull(municipality.retiredAt) : undefined,
      ),
    )
    .orderBy(asc(municipality.position));
}

export async function findPartner(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(partner)
    .where(and(eq(partner.tenantId, tenantId), eq(partner.id, id)));
  return rows[0] ?? null;
}

export async function insertPartner(db: Executor, row: typeof partner.$inferInsert) {
  const [created] = await db.insert(partner).values(row).returning();
  if (!created) throw new Error("partner insert returned nothing");
  return created;
}

export async function updatePartner(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof partner.$inferInsert>,
) {
  await db
    .update(partner)
    .set(values)
    .where(and(eq(partner.tenantId, tenantId), eq(partner.id, id)));
}
