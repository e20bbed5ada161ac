import { and, asc, eq, ilike, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { measurePartner, partner } from "../../platform/db/schema";

/** What lists show of a partner (the contract's partnerSummarySchema). */
export const partnerSummaryColumns = {
  id: partner.id,
  name: partner.name,
  kind: partner.kind,
  isExample: partner.isExample,
};

/** The county's partners by name (what forms offer). */
export async function listPartners(db: Executor, tenantId: string) {
  return db
    .select(partnerSummaryColumns)
    .from(partner)
    .where(eq(partner.tenantId, tenantId))
    .orderBy(asc(partner.name));
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

/** Partners with the number of measures they take part in; filter by kind and name. */
export async function partnersWithCounts(
  db: Executor,
  tenantId: string,
  filter: { kind?: (typeof partner.$inferSelect)["kind"]; q?: string },
) {
  const where = [eq(partner.tenantId, tenantId)];
  if (filter.kind) where.push(eq(partner.kind, filter.kind));
  if (filter.q)
    where.push(ilike(partner.name, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return db
    .select({
      ...partnerSummaryColumns,
      measureCount: sql<number>`count(${measurePartner.measureId})::int`,
    })
    .from(partner)
    .leftJoin(
      measurePartner,
      and(eq(measurePartner.tenantId, partner.tenantId), eq(measurePartner.partnerId, partner.id)),
    )
    .where(and(...where))
    .groupBy(partner.tenantId, partner.id)
    .orderBy(asc(partner.name));
}
