import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { actionField, committee, conceptVersion, fund } from "../../platform/db/schema";

/** Every field of every decided (non-draft) version with its lineage, oldest version first. */
export async function listFieldTitles(db: Executor, tenantId: string) {
  return db
    .select({ lineageId: actionField.lineageId, title: actionField.title })
    .from(actionField)
    .innerJoin(
      conceptVersion,
      and(
        eq(conceptVersion.tenantId, actionField.tenantId),
        eq(conceptVersion.id, actionField.conceptVersionId),
      ),
    )
    .where(and(eq(actionField.tenantId, tenantId), ne(conceptVersion.status, "draft")))
    .orderBy(asc(conceptVersion.number));
}

export async function listFundNames(db: Executor, tenantId: string) {
  return db.select({ id: fund.id, name: fund.name }).from(fund).where(eq(fund.tenantId, tenantId));
}

export async function listCommitteeNames(db: Executor, tenantId: string) {
  return db
    .select({ id: committee.id, name: committee.name })
    .from(committee)
    .where(eq(committee.tenantId, tenantId));
}
