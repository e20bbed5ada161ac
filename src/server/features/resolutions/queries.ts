import { and, asc, desc, eq, gte, isNull, or } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import {
  actionField,
  committee,
  conceptVersion,
  focus,
  fund,
  fundPurposeEntry,
  measureType,
  meeting,
  paper,
  reportingDuty,
  resolution,
} from "../../platform/db/schema";

const resolutionColumns = {
  id: resolution.id,
  committeeId: resolution.committeeId,
  committeeName: committee.name,
  meetingId: resolution.meetingId,
  meetingName: meeting.name,
  meetingDate: meeting.meetingDate,
  paperId: resolution.paperId,
  paperReference: paper.reference,
  paperTitle: paper.title,
  consultationId: resolution.consultationId,
  decidedOn: resolution.decidedOn,
  outcome: resolution.outcome,
  text: resolution.text,
  effects: resolution.effects,
  correctsResolutionId: resolution.correctsResolutionId,
  createdAt: resolution.createdAt,
};

function selectResolutions(db: Executor) {
  return db
    .select(resolutionColumns)
    .from(resolution)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, resolution.tenantId), eq(committee.id, resolution.committeeId)),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.tenantId, resolution.tenantId), eq(meeting.id, resolution.meetingId)),
    )
    .leftJoin(
      paper,
      and(eq(paper.tenantId, resolution.tenantId), eq(paper.id, resolution.paperId)),
    );
}
export type ResolutionRow = Awaited<ReturnType<typeof listResolutions>>[number];

export async function listResolutions(db: Executor, tenantId: string, paperId?: string) {
  return selectResolutions(db)
    .where(
      and(eq(resolution.tenantId, tenantId), paperId ? eq(resolution.paperId, paperId) : undefined),
    )
    .orderBy(desc(resolution.decidedOn), desc(resolution.createdAt));
}

export async function findResolution(db: Executor, tenantId: string, id: string) {
  const rows = await selectResolutions(db).where(
    and(eq(resolution.tenantId, tenantId), eq(resolution.id, id)),
  );
  return rows[0] ?? null;
}

export async function insertResolution(db: Executor, row: typeof resolution.$inferInsert) {
  const [created] = await db.insert(resolution).values(row).returning({ id: resolution.id });
  if (!created) throw new Error("resolution insert returned nothing");
  return created;
}

// --- concept versions -------------------------------------------------------------------------

export async function lockVersion(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(conceptVersion)
    .where(and(eq(conceptVersion.tenantId, tenantId), eq(conceptVersion.id, id)))
    .for("update");
  return rows[0] ?? null;
}

export async function adoptedVersions(db: Executor, tenantId: string) {
  return db
    .select()
    .from(conceptVersion)
    .where(and(eq(conceptVersion.tenantId, tenantId), eq(conceptVersion.status, "adopted")))
    .for("update");
}

export async function updateVersion(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof conceptVersion.$inferInsert>,
) {
  await db
    .update(conceptVersion)
    .set(values)
    .where(and(eq(conceptVersion.tenantId, tenantId), eq(conceptVersion.id, id)));
}

export async function actionFieldLineageExists(db: Executor, tenantId: string, lineageId: string) {
  const rows = await db
    .select({ id: actionField.id })
    .from(actionField)
    .where(and(eq(actionField.tenantId, tenantId), eq(actionField.lineageId, lineageId)))
    .limit(1);
  return rows.length > 0;
}

// --- focus -----------------------------------------------------------------------------------

/** Focus entries still in force on or after `from` (open or ending later). */
export async function focusOpenFrom(db: Executor, tenantId: string, from: string) {
  return db
    .select()
    .from(focus)
    .where(and(eq(focus.tenantId, tenantId), or(isNull(focus.validTo), gte(focus.validTo, from))))
    .for("update");
}

export async function closeFocus(db: Executor, tenantId: string, id: string, validTo: string) {
  await db
    .update(focus)
    .set({ validTo })
    .where(and(eq(focus.tenantId, tenantId), eq(focus.id, id)));
}

export async function insertFocus(db: Executor, row: typeof focus.$inferInsert) {
  const [created] = await db.insert(focus).values(row).returning();
  return created;
}

// --- funds -----------------------------------------------------------------------------------

export async function lockFund(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(fund)
    .where(and(eq(fund.tenantId, tenantId), eq(fund.id, id)))
    .for("update");
  return rows[0] ?? null;
}

export async function insertFund(db: Executor, row: typeof fund.$inferInsert) {
  const [created] = await db.insert(fund).values(row).returning();
  if (!created) throw new Error("fund insert returned nothing");
  return created;
}

export async function purposeOpenFrom(
  db: Executor,
  tenantId: string,
  fundId: string,
  from: string,
) {
  return db
    .select()
    .from(fundPurposeEntry)
    .where(
      and(
        eq(fundPurposeEntry.tenantId, tenantId),
        eq(fundPurposeEntry.fundId, fundId),
        or(isNull(fundPurposeEntry.validTo), gte(fundPurposeEntry.validTo, from)),
      ),
    )
    .orderBy(asc(fundPurposeEntry.validFrom));
}

export async function closePurposeEntry(
  db: Executor,
  tenantId: string,
  id: string,
  validTo: string,
) {
  await db
    .update(fundPurposeEntry)
    .set({ validTo })
    .where(and(eq(fundPurposeEntry.tenantId, tenantId), eq(fundPurposeEntry.id, id)));
}

export async function insertPurposeEntries(
  db: Executor,
  rows: (typeof fundPurposeEntry.$inferInsert)[],
) {
  if (!rows.length) return [];
  return db.insert(fundPurposeEntry).values(rows).returning();
}

export async function measureTypeExists(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ id: measureType.id })
    .from(measureType)
    .where(and(eq(measureType.tenantId, tenantId), eq(measureType.id, id)));
  return rows.length > 0;
}

// --- reporting duties --------------------------------------------------------------------------

export async function insertReportingDuty(db: Executor, row: typeof reportingDuty.$inferInsert) {
  const [created] = await db.insert(reportingDuty).values(row).returning();
  if (!created) throw new Error("reporting duty insert returned nothing");
  return created;
}

export async function lockReportingDuty(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(reportingDuty)
    .where(and(eq(reportingDuty.tenantId, tenantId), eq(reportingDuty.id, id)))
    .for("update");
  return rows[0] ?? null;
}

export async function closeReportingDuty(
  db: Executor,
  tenantId: string,
  id: string,
  validTo: string,
) {
  await db
    .update(reportingDuty)
    .set({ validTo })
    .where(and(eq(reportingDuty.tenantId, tenantId), eq(reportingDuty.id, id)));
}
