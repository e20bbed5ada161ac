import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import {
  actionField,
  committee,
  conceptRelink,
  conceptVersion,
  focus,
  goal,
  recommendation,
  resolution,
} from "../../platform/db/schema";

export async function listVersions(db: Executor, tenantId: string) {
  return db
    .select({
      id: conceptVersion.id,
      number: conceptVersion.number,
      title: conceptVersion.title,
      status: conceptVersion.status,
      adoptedOn: conceptVersion.adoptedOn,
      basedOnVersionId: conceptVersion.basedOnVersionId,
      adoptingResolutionId: conceptVersion.adoptingResolutionId,
    })
    .from(conceptVersion)
    .where(eq(conceptVersion.tenantId, tenantId))
    .orderBy(asc(conceptVersion.number));
}

export async function findVersion(db: Executor, tenantId: string, versionId: string, lock = false) {
  const query = db
    .select()
    .from(conceptVersion)
    .where(and(eq(conceptVersion.tenantId, tenantId), eq(conceptVersion.id, versionId)));
  const rows = lock ? await query.for("update") : await query;
  return rows[0] ?? null;
}

export async function findAdoption(db: Executor, tenantId: string, resolutionId: string) {
  const rows = await db
    .select({
      committee: committee.name,
      committeeId: committee.id,
      decidedOn: resolution.decidedOn,
      id: resolution.id,
    })
    .from(resolution)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, resolution.tenantId), eq(committee.id, resolution.committeeId)),
    )
    .where(and(eq(resolution.tenantId, tenantId), eq(resolution.id, resolutionId)));
  return rows[0] ?? null;
}

/** Fields, goals and recommendations of one version, in their order. */
export async function loadVersionTree(db: Executor, tenantId: string, versionId: string) {
  const fields = await db
    .select()
    .from(actionField)
    .where(and(eq(actionField.tenantId, tenantId), eq(actionField.conceptVersionId, versionId)))
    .orderBy(asc(actionField.position));
  const goals = await db
    .select()
    .from(goal)
    .where(and(eq(goal.tenantId, tenantId), eq(goal.conceptVersionId, versionId)))
    .orderBy(asc(goal.position));
  const recommendations = await db
    .select()
    .from(recommendation)
    .where(
      and(eq(recommendation.tenantId, tenantId), eq(recommendation.conceptVersionId, versionId)),
    )
    .orderBy(asc(recommendation.position));
  return { fields, goals, recommendations };
}

export async function nextVersionNumber(db: Executor, tenantId: string): Promise<number> {
  const versions = await listVersions(db, tenantId);
  return Math.max(0, ...versions.map((v) => v.number)) + 1;
}

export async function insertVersion(db: Executor, row: typeof conceptVersion.$inferInsert) {
  const [created] = await db.insert(conceptVersion).values(row).returning();
  if (!created) throw new Error("concept version insert returned nothing");
  return created;
}

export async function insertActionFields(db: Executor, rows: (typeof actionField.$inferInsert)[]) {
  if (rows.length) await db.insert(actionField).values(rows);
}
export async function insertGoals(db: Executor, rows: (typeof goal.$inferInsert)[]) {
  if (rows.length) await db.insert(goal).values(rows);
}
export async function insertRecommendations(
  db: Executor,
  rows: (typeof recommendation.$inferInsert)[],
) {
  if (rows.length) await db.insert(recommendation).values(rows);
}

export async function findActionField(db: Executor, tenantId: string, actionFieldId: string) {
  const rows = await db
    .select()
    .from(actionField)
    .where(and(eq(actionField.tenantId, tenantId), eq(actionField.id, actionFieldId)));
  return rows[0] ?? null;
}

export async function maxGoalPosition(db: Executor, tenantId: string, actionFieldId: string) {
  const rows = await db
    .select({ position: goal.position })
    .from(goal)
    .where(and(eq(goal.tenantId, tenantId), eq(goal.actionFieldId, actionFieldId)));
  return Math.max(0, ...rows.map((r) => r.position));
}

/** A version's re-links (merges and removals that moved references): from → to lineage. */
export async function relinksOfVersion(db: Executor, tenantId: string, versionId: string) {
  return db
    .select({ fromLineageId: conceptRelink.fromLineageId, toLineageId: conceptRelink.toLineageId })
    .from(conceptRelink)
    .where(
      and(eq(conceptRelink.tenantId, tenantId), eq(conceptRelink.conceptVersionId, versionId)),
    );
}

/** Focus entries, newest first; the caller picks the one valid today. */
export async function listFocus(db: Executor, tenantId: string) {
  return db
    .select({
      actionFieldLineageId: focus.actionFieldLineageId,
      validFrom: focus.validFrom,
      validTo: focus.validTo,
      basis: focus.basis,
      resolutionId: focus.resolutionId,
      resolutionDecidedOn: resolution.decidedOn,
      resolutionCommittee: committee.name,
    })
    .from(focus)
    .leftJoin(
      resolution,
      and(eq(resolution.tenantId, focus.tenantId), eq(resolution.id, focus.resolutionId)),
    )
    .leftJoin(
      committee,
      and(eq(committee.tenantId, resolution.tenantId), eq(committee.id, resolution.committeeId)),
    )
    .where(eq(focus.tenantId, tenantId))
    .orderBy(desc(focus.createdAt));
}

export async function listFieldsOfVersion(db: Executor, tenantId: string, versionId: string) {
  return db
    .select()
    .from(actionField)
    .where(and(eq(actionField.tenantId, tenantId), eq(actionField.conceptVersionId, versionId)))
    .orderBy(asc(actionField.position));
}
