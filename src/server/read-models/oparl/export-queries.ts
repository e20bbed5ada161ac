import { and, asc, count, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../../platform/db/database";
import {
  agendaItem,
  committee,
  committeeReport,
  consultation,
  meeting,
  paper,
  paperFile,
  reportDraft,
  tenant,
} from "../../platform/db/schema";
import { isPublished } from "../committee-reports/public-reports";

/** The OParl list filters (created_since … modified_until) and one page. */
export interface ListWindow {
  offset: number;
  limit: number;
  createdSince?: string;
  createdUntil?: string;
  modifiedSince?: string;
  modifiedUntil?: string;
}

function windowFilter(
  table: { tenantId: PgColumn; createdAt: PgColumn },
  modified: PgColumn,
  tenantId: string,
  w: ListWindow,
): SQL | undefined {
  return and(
    eq(table.tenantId, tenantId),
    w.createdSince ? gte(table.createdAt, w.createdSince) : undefined,
    w.createdUntil ? lte(table.createdAt, w.createdUntil) : undefined,
    w.modifiedSince ? gte(modified, w.modifiedSince) : undefined,
    w.modifiedUntil ? lte(modified, w.modifiedUntil) : undefined,
  );
}

async function countWhere(db: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return Number(row?.n ?? 0);
}

export async function findTenant(db: Executor, tenantId: string) {
  const rows = await db
    .select({ id: tenant.id, slug: tenant.slug, name: tenant.name, createdAt: tenant.createdAt })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  return rows[0] ?? null;
}

export async function pageCommittees(db: Executor, tenantId: string, w: ListWindow) {
  const where = windowFilter(committee, committee.modifiedAt, tenantId, w);
  const rows = await db
    .select()
    .from(committee)
    .where(where)
    .orderBy(asc(committee.createdAt), asc(committee.id))
    .limit(w.limit)
    .offset(w.offset);
  return { rows, total: await countWhere(db, committee, where) };
}

export async function findCommittee(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(committee)
    .where(and(eq(committee.tenantId, tenantId), eq(committee.id, id)));
  return rows[0] ?? null;
}

export async function pageMeetings(db: Executor, tenantId: string, w: ListWindow) {
  const where = windowFilter(meeting, meeting.modifiedAt, tenantId, w);
  const rows = await db
    .select()
    .from(meeting)
    .where(where)
    .orderBy(asc(meeting.createdAt), asc(meeting.id))
    .limit(w.limit)
    .offset(w.offset);
  return { rows, total: await countWhere(db, meeting, where) };
}

export async function findMeeting(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(meeting)
    .where(and(eq(meeting.tenantId, tenantId), eq(meeting.id, id)));
  return rows[0] ?? null;
}

export async function agendaItemsOf(db: Executor, tenantId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(agendaItem)
    .where(and(eq(agendaItem.tenantId, tenantId), inArray(agendaItem.meetingId, meetingIds)))
    .orderBy(asc(agendaItem.position));
}

export async function findAgendaItem(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(agendaItem)
    .where(and(eq(agendaItem.tenantId, tenantId), eq(agendaItem.id, id)));
  return rows[0] ?? null;
}

export async function pagePapers(db: Executor, tenantId: string, w: ListWindow) {
  const where = windowFilter(paper, paper.modifiedAt, tenantId, w);
  const rows = await db
    .select()
    .from(paper)
    .where(where)
    .orderBy(asc(paper.createdAt), asc(paper.id))
    .limit(w.limit)
    .offset(w.offset);
  return { rows, total: await countWhere(db, paper, where) };
}

export async function findPaper(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(paper)
    .where(and(eq(paper.tenantId, tenantId), eq(paper.id, id)));
  return rows[0] ?? null;
}

/** Consultations of these papers, or those held at these meetings. */
export async function consultationsOf(
  db: Executor,
  tenantId: string,
  by: { paperIds?: string[]; meetingIds?: string[] },
) {
  const ids = by.paperIds ?? by.meetingIds ?? [];
  if (ids.length === 0) return [];
  const column = by.paperIds ? consultation.paperId : consultation.meetingId;
  return db
    .select()
    .from(consultation)
    .where(and(eq(consultation.tenantId, tenantId), inArray(column, ids)))
    .orderBy(asc(consultation.position));
}

export async function findConsultation(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(consultation)
    .where(and(eq(consultation.tenantId, tenantId), eq(consultation.id, id)));
  return rows[0] ?? null;
}

/** Agenda items that treat these papers (to link consultations to their agenda item). */
export async function agendaItemsForPapers(db: Executor, tenantId: string, paperIds: string[]) {
  if (paperIds.length === 0) return [];
  return db
    .select()
    .from(agendaItem)
    .where(and(eq(agendaItem.tenantId, tenantId), inArray(agendaItem.paperId, paperIds)));
}

const fileColumns = {
  id: paperFile.id,
  paperId: paperFile.paperId,
  name: paperFile.name,
  fileName: paperFile.fileName,
  mimeType: paperFile.mimeType,
  size: paperFile.size,
  sha1: paperFile.sha1,
  createdAt: paperFile.createdAt,
};

export async function pageFiles(db: Executor, tenantId: string, w: ListWindow) {
  const where = windowFilter(paperFile, paperFile.createdAt, tenantId, w);
  const rows = await db
    .select(fileColumns)
    .from(paperFile)
    .where(where)
    .orderBy(asc(paperFile.createdAt), asc(paperFile.id))
    .limit(w.limit)
    .offset(w.offset);
  return { rows, total: await countWhere(db, paperFile, where) };
}

export async function filesOf(db: Executor, tenantId: string, paperIds: string[]) {
  if (paperIds.length === 0) return [];
  return db
    .select(fileColumns)
    .from(paperFile)
    .where(and(eq(paperFile.tenantId, tenantId), inArray(paperFile.paperId, paperIds)))
    .orderBy(asc(paperFile.createdAt), asc(paperFile.id));
}

export async function findFile(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select(fileColumns)
    .from(paperFile)
    .where(and(eq(paperFile.tenantId, tenantId), eq(paperFile.id, id)));
  return rows[0] ?? null;
}

/**
 * Final committee reports as the public sees them (presented in a public session, not superseded
 * by a later report), with the meeting and paper their draft named. Few per year: read whole.
 */
export async function publishedReports(db: Executor, tenantId: string) {
  const rows = await db
    .select({
      id: committeeReport.id,
      title: committeeReport.title,
      committeeId: committeeReport.committeeId,
      committee: committee.name,
      periodFrom: committeeReport.periodFrom,
      periodTo: committeeReport.periodTo,
      publicSession: committeeReport.publicSession,
      supersedesReportId: committeeReport.supersedesReportId,
      finalisedAt: committeeReport.finalisedAt,
      meetingId: reportDraft.meetingId,
      meetingDate: meeting.meetingDate,
      paperId: reportDraft.paperId,
    })
    .from(committeeReport)
    .innerJoin(
      committee,
      and(
        eq(committee.tenantId, committeeReport.tenantId),
        eq(committee.id, committeeReport.committeeId),
      ),
    )
    .innerJoin(
      reportDraft,
      and(
        eq(reportDraft.tenantId, committeeReport.tenantId),
        eq(reportDraft.id, committeeReport.draftId),
      ),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.tenantId, reportDraft.tenantId), eq(meeting.id, reportDraft.meetingId)),
    )
    .where(eq(committeeReport.tenantId, tenantId))
    .orderBy(asc(committeeReport.finalisedAt), asc(committeeReport.id));
  return rows.filter((r) => isPublished(r, rows));
}
export type ReportRow = Awaited<ReturnType<typeof publishedReports>>[number];

export type CommitteeRow = typeof committee.$inferSelect;
export type MeetingRow = typeof meeting.$inferSelect;
export type AgendaItemRow = typeof agendaItem.$inferSelect;
export type PaperRow = typeof paper.$inferSelect;
export type ConsultationRow = typeof consultation.$inferSelect;
export type FileRow = Awaited<ReturnType<typeof findFile>> & {};
