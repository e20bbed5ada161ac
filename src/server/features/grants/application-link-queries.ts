import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { grantApplicationLink, partner } from "../../platform/db/schema";

export type ApplicationLinkRow = typeof grantApplicationLink.$inferSelect;

const withPartner = (db: Executor) =>
  db
    .select({ link: grantApplicationLink, partnerName: partner.name })
    .from(grantApplicationLink)
    .innerJoin(
      partner,
      and(
        eq(partner.tenantId, grantApplicationLink.tenantId),
        eq(partner.id, grantApplicationLink.partnerId),
      ),
    );

export async function insertLink(db: Executor, row: typeof grantApplicationLink.$inferInsert) {
  const [created] = await db.insert(grantApplicationLink).values(row).returning();
  if (!created) throw new Error("link insert returned nothing");
  return created;
}

export async function listLinks(db: Executor, tenantId: string, programmeId: string) {
  return withPartner(db)
    .where(
      and(
        eq(grantApplicationLink.tenantId, tenantId),
        eq(grantApplicationLink.programmeId, programmeId),
      ),
    )
    .orderBy(desc(grantApplicationLink.createdAt));
}

export async function findLink(db: Executor, tenantId: string, id: string) {
  const rows = await withPartner(db).where(
    and(eq(grantApplicationLink.tenantId, tenantId), eq(grantApplicationLink.id, id)),
  );
  return rows[0] ?? null;
}

export async function findLinkByHash(db: Executor, tenantId: string, tokenHash: string) {
  const rows = await withPartner(db).where(
    and(eq(grantApplicationLink.tenantId, tenantId), eq(grantApplicationLink.tokenHash, tokenHash)),
  );
  return rows[0] ?? null;
}

export async function revokeLink(db: Executor, tenantId: string, id: string) {
  await db
    .update(grantApplicationLink)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(grantApplicationLink.tenantId, tenantId), eq(grantApplicationLink.id, id)));
}

export async function touchLink(db: Executor, tenantId: string, id: string) {
  await db
    .update(grantApplicationLink)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(grantApplicationLink.tenantId, tenantId), eq(grantApplicationLink.id, id)));
}
