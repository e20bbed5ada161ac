import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { indicatorSubmissionLink, indicatorValue, partner } from "../../platform/db/schema";

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

/** The links of one organisation that were not revoked (expired ones too: their values are overdue). */
export async function unrevokedLinksOf(db: Executor, tenantId: string, partnerId: string) {
  return db
    .select()
    .from(indicatorSubmissionLink)
    .where(
      and(
        eq(indicatorSubmissionLink.tenantId, tenantId),
        eq(indicatorSubmissionLink.partnerId, partnerId),
        isNull(indicatorSubmissionLink.revokedAt),
      ),
    )
    .orderBy(indicatorSubmissionLink.expiresAt);
}

/**
 * Cells (indicator, period) of these indicators that an organisation has delivered: an approved
 * value (whoever entered it) or the organisation's own draft.
 */
export async function deliveredCells(
  db: Executor,
  tenantId: string,
  partnerId: string,
  indicatorIds: string[],
) {
  if (!indicatorIds.length) return [];
  return db
    .selectDistinct({ indicatorId: indicatorValue.indicatorId, period: indicatorValue.period })
    .from(indicatorValue)
    .where(
      and(
        eq(indicatorValue.tenantId, tenantId),
        inArray(indicatorValue.indicatorId, indicatorIds),
        or(
          eq(indicatorValue.status, "approved"),
          and(eq(indicatorValue.status, "draft"), eq(indicatorValue.partnerId, partnerId)),
        ),
      ),
    );
}
