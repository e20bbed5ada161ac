import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import { indicatorSubmissionLink, partner } from "../db/schema";

export type LinkRow = typeof indicatorSubmissionLink.$inferSelect;

export async function insertLink(db: Executor, row: typeof indicatorSubmissionLink.$inferInsert) {
  const [created] = await db.insert(indicatorSubmissionLink).values(row).returning();
  if (!created) throw new Error("link insert returned nothing");
  return created;
}

export async function listLinks(db: Executor, tenantId: string) {
  return db
    .select({ link: indicatorSubmissionLink, partnerName: partner.name })
    .from(indicatorSubmissionLink)
    .innerJoin(
      partner,
      and(
        eq(partner.tenantId, indicatorSubmissionLink.tenantId),
        eq(partner.id, indicatorSubmissionLink.partnerId),
      ),
    )
    .where(eq(indicatorSubmissionLink.tenantId, tenantId))
    .orderBy(desc(indicatorSubmissionLink.createdAt));
}

export async function findLink(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(indicatorSubmissionLink)
    .where(and(eq(indicatorSubmissionLink.tenantId, tenantId), eq(indicatorSubmissionLink.id, id)))
    .for("update");
  return rows[0] ?? null;
}

export async function findLinkByHash(db: Executor, tenantId: string, tokenHash: string) {
  const rows = await db
    .select({ link: indicatorSubmissionLink, partnerName: partner.name })
    .from(indicatorSubmissionLink)
    .innerJoin(
      partner,
      and(
        eq(partner.tenantId, indicatorSubmissionLink.tenantId),
        eq(partner.id, indicatorSubmissionLink.partnerId),
      ),
    )
    .where(
      and(
        eq(indicatorSubmissionLink.tenantId, tenantId),
        eq(indicatorSubmissionLink.tokenHash, tokenHash),
      ),
    );
  return rows[0] ?? null;
}

export async function revokeLink(db: Executor, tenantId: string, id: string) {
  await db
    .update(indicatorSubmissionLink)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(indicatorSubmissionLink.tenantId, tenantId), eq(indicatorSubmissionLink.id, id)));
}

export async function touchLink(db: Executor, tenantId: string, id: string) {
  await db
    .update(indicatorSubmissionLink)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(indicatorSubmissionLink.tenantId, tenantId), eq(indicatorSubmissionLink.id, id)));
}
