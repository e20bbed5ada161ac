import { and, asc, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import {
  appUser,
  committee,
  committeeReport,
  measure,
  measurePartner,
  meeting,
  paper,
  partner,
  reportDraft,
  reportingDuty,
  reportReminder,
  resolution,
} from "../../platform/db/schema";

export async function listDuties(db: Executor, tenantId: string) {
  return db
    .select({
      id: reportingDuty.id,
      committeeId: reportingDuty.committeeId,
      committee: committee.name,
      cadence: reportingDuty.cadence,
      subject: reportingDuty.subject,
      validFrom: reportingDuty.validFrom,
      validTo: reportingDuty.validTo,
      paperDeadlineDays: reportingDuty.paperDeadlineDays,
      resolutionId: reportingDuty.resolutionId,
      decidedOn: resolution.decidedOn,
    })
    .from(reportingDuty)
    .innerJoin(
      committee,
      and(
        eq(committee.tenantId, reportingDuty.tenantId),
        eq(committee.id, reportingDuty.committeeId),
      ),
    )
    .innerJoin(
      resolution,
      and(
        eq(resolution.tenantId, reportingDuty.tenantId),
        eq(resolution.id, reportingDuty.resolutionId),
      ),
    )
    .where(eq(reportingDuty.tenantId, tenantId))
    .orderBy(asc(reportingDuty.validFrom), asc(reportingDuty.createdAt));
}

export type DutyRow = Awaited<ReturnType<typeof listDuties>>[number];

export async function setPaperDeadline(
  db: Executor,
  tenantId: string,
  id: string,
  paperDeadlineDays: number | null,
) {
  const rows = await db
    .update(reportingDuty)
    .set({ paperDeadlineDays })
    .where(and(eq(reportingDuty.tenantId, tenantId), eq(reportingDuty.id, id)))
    .returning({ id: reportingDuty.id });
  return rows[0] ?? null;
}

/** A meeting of the tenant with its committee, or null. */
export async function findMeeting(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ id: meeting.id, committeeId: meeting.committeeId, meetingDate: meeting.meetingDate })
    .from(meeting)
    .where(and(eq(meeting.tenantId, tenantId), eq(meeting.id, id)));
  return rows[0] ?? null;
}

/** A paper of the tenant, or null. */
export async function findPaper(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ id: paper.id })
    .from(paper)
    .where(and(eq(paper.tenantId, tenantId), eq(paper.id, id)));
  return rows[0] ?? null;
}

/** The committee's first meeting on or after `today`, or null. */
export async function nextMeetingOf(
  db: Executor,
  tenantId: string,
  committeeId: string,
  today: string,
) {
  const rows = await db
    .select({ id: meeting.id })
    .from(meeting)
    .where(
      and(
        eq(meeting.tenantId, tenantId),
        eq(meeting.committeeId, committeeId),
        gte(meeting.meetingDate, today),
      ),
    )
    .orderBy(asc(meeting.meetingDate))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** Each committee's meetings on or after `today`, the next first. */
export async function upcomingMeetings(db: Executor, tenantId: string, today: string) {
  const rows = await db
    .select({
      id: meeting.id,
      name: meeting.name,
      committeeId: meeting.committeeId,
      meetingDate: meeting.meetingDate,
    })
    .from(meeting)
    .where(and(eq(meeting.tenantId, tenantId), gte(meeting.meetingDate, today)))
    .orderBy(asc(meeting.meetingDate), asc(meeting.name));
  const byCommittee = new Map<string, typeof rows>();
  for (const r of rows)
    byCommittee.set(r.committeeId, [...(byCommittee.get(r.committeeId) ?? []), r]);
  return byCommittee;
}

const askedStatuses = ["planned", "inProgress", "paused"] as const;

/**
 * For each period start: how many active measures (planned, running, paused) have no progress
 * update since (`updateMissing` of src/domain/reporting-schedule, applied to the stored latest
 * update of each measure). Readers that show only the count use this instead of the task list.
 */
export async function missingUpdateCounts(
  db: Executor,
  tenantId: string,
  periodStarts: string[],
): Promise<Map<string, number>> {
  const starts = [...new Set(periodStarts)].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (!starts.length) return new Map();
  const result = (await db.execute(sql`
    select p.start::text as start,
           count(m.id) filter (where m.latest_update_on is null or m.latest_update_on < p.start)::int as n
      from unnest(${`{${starts.join(",")}}`}::date[]) as p(start)
      left join measure m on m.tenant_id = ${tenantId}
       and m.status in (${sql.join(
         askedStatuses.map((s) => sql`${s}`),
         sql`, `,
       )})
     group by p.start`)) as unknown as { rows: { start: string; n: number }[] };
  return new Map(result.rows.map((r) => [r.start, Number(r.n)]));
}

/** Active measures (planned, running, paused) with their partners' names and contact e-mails. */
export async function activeMeasuresWithPartners(db: Executor, tenantId: string) {
  const measures = await db
    .select({
      id: measure.id,
      title: measure.title,
      responsibleUnit: measure.responsibleUnit,
      status: measure.status,
      /** Stored with the measure by every write path (measures/derived.ts). */
      latestUpdateOn: measure.latestUpdateOn,
    })
    .from(measure)
    .where(and(eq(measure.tenantId, tenantId), inArray(measure.status, [...askedStatuses])))
    .orderBy(asc(measure.title));
  const links = measures.length
    ? await db
        .select({
          measureId: measurePartner.measureId,
          partnerId: partner.id,
          name: partner.name,
          contactEmail: partner.contactEmail,
        })
        .from(measurePartner)
        .innerJoin(
          partner,
          and(
            eq(partner.tenantId, measurePartner.tenantId),
            eq(partner.id, measurePartner.partnerId),
          ),
        )
        .where(eq(measurePartner.tenantId, tenantId))
        .orderBy(asc(partner.name))
    : [];
  return { measures, links };
}

const draftColumns = {
  id: reportDraft.id,
  committeeId: reportDraft.committeeId,
  committee: committee.name,
  reportingDutyId: reportDraft.reportingDutyId,
  periodFrom: reportDraft.periodFrom,
  periodTo: reportDraft.periodTo,
  title: reportDraft.title,
  introText: reportDraft.introText,
  closingText: reportDraft.closingText,
  proposedResolution: reportDraft.proposedResolution,
  publicSession: reportDraft.publicSession,
  finalReportId: reportDraft.finalReportId,
  updatedAt: reportDraft.updatedAt,
  meetingId: reportDraft.meetingId,
  meetingName: meeting.name,
  meetingDate: meeting.meetingDate,
  paperId: reportDraft.paperId,
  paperReference: paper.reference,
  paperTitle: paper.title,
};
export async function listDrafts(db: Executor, tenantId: string, id?: string, lock = false) {
  const query = db
    .select(draftColumns)
    .from(reportDraft)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, reportDraft.tenantId), eq(committee.id, reportDraft.committeeId)),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.tenantId, reportDraft.tenantId), eq(meeting.id, reportDraft.meetingId)),
    )
    .leftJoin(
      paper,
      and(eq(paper.tenantId, reportDraft.tenantId), eq(paper.id, reportDraft.paperId)),
    )
    .where(and(eq(reportDraft.tenantId, tenantId), id ? eq(reportDraft.id, id) : undefined))
    .orderBy(desc(reportDraft.createdAt));
  return lock ? query.for("update", { of: reportDraft }) : query;
}
export type DraftRow = Awaited<ReturnType<typeof listDrafts>>[number];

export async function insertDraft(db: Executor, row: typeof reportDraft.$inferInsert) {
  const [created] = await db.insert(reportDraft).values(row).returning({ id: reportDraft.id });
  if (!created) throw new Error("insert report_draft returned nothing");
  return created;
}

export async function updateDraft(
  db: Executor,
  tenantId: string,
  id: string,
  set: Partial<typeof reportDraft.$inferInsert>,
) {
  await db
    .update(reportDraft)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(
      and(
        eq(reportDraft.tenantId, tenantId),
        eq(reportDraft.id, id),
        isNull(reportDraft.finalReportId),
      ),
    );
}

export async function markDraftFinal(db: Executor, tenantId: string, id: string, reportId: string) {
  await db
    .update(reportDraft)
    .set({ finalReportId: reportId })
    .where(and(eq(reportDraft.tenantId, tenantId), eq(reportDraft.id, id)));
}

const reportColumns = {
  id: committeeReport.id,
  committeeId: committeeReport.committeeId,
  committee: committee.name,
  reportingDutyId: committeeReport.reportingDutyId,
  periodFrom: committeeReport.periodFrom,
  periodTo: committeeReport.periodTo,
  title: committeeReport.title,
  publicSession: committeeReport.publicSession,
  snapshotSha256: committeeReport.snapshotSha256,
  supersedesReportId: committeeReport.supersedesReportId,
  finalisedAt: committeeReport.finalisedAt,
};

export async function listReports(db: Executor, tenantId: string, committeeId?: string) {
  return db
    .select(reportColumns)
    .from(committeeReport)
    .innerJoin(
      committee,
      and(
        eq(committee.tenantId, committeeReport.tenantId),
        eq(committee.id, committeeReport.committeeId),
      ),
    )
    .where(
      and(
        eq(committeeReport.tenantId, tenantId),
        committeeId ? eq(committeeReport.committeeId, committeeId) : undefined,
      ),
    )
    .orderBy(desc(committeeReport.finalisedAt), desc(committeeReport.createdAt));
}

export async function findReport(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({
      ...reportColumns,
      snapshotJson: committeeReport.snapshotJson,
      draftId: committeeReport.draftId,
    })
    .from(committeeReport)
    .innerJoin(
      committee,
      and(
        eq(committee.tenantId, committeeReport.tenantId),
        eq(committee.id, committeeReport.committeeId),
      ),
    )
    .where(and(eq(committeeReport.tenantId, tenantId), eq(committeeReport.id, id)));
  return rows[0] ?? null;
}

/** The meeting day each final report was presented on (from its snapshot), by report id. */
export async function presentedOnOfReports(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({
      id: committeeReport.id,
      presentedOn: sql<string | null>`(${committeeReport.snapshotJson}::jsonb ->> 'presentedOn')`,
    })
    .from(committeeReport)
    .where(and(eq(committeeReport.tenantId, tenantId), inArray(committeeReport.id, ids)));
  return new Map(rows.filter((r) => r.presentedOn).map((r) => [r.id, r.presentedOn as string]));
}

/** The newest final report of a committee (for "since the last report"). */
export async function latestReportOf(db: Executor, tenantId: string, committeeId: string) {
  const rows = await db
    .select({
      id: committeeReport.id,
      title: committeeReport.title,
      periodTo: committeeReport.periodTo,
      finalisedAt: committeeReport.finalisedAt,
      snapshotJson: committeeReport.snapshotJson,
    })
    .from(committeeReport)
    .where(
      and(eq(committeeReport.tenantId, tenantId), eq(committeeReport.committeeId, committeeId)),
    )
    .orderBy(desc(committeeReport.finalisedAt), desc(committeeReport.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertReport(db: Executor, row: typeof committeeReport.$inferInsert) {
  const [created] = await db
    .insert(committeeReport)
    .values(row)
    .returning({ id: committeeReport.id, finalisedAt: committeeReport.finalisedAt });
  if (!created) throw new Error("insert committee_report returned nothing");
  return created;
}

export async function resolutionsByIds(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: resolution.id,
      decidedOn: resolution.decidedOn,
      text: resolution.text,
      committee: committee.name,
    })
    .from(resolution)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, resolution.tenantId), eq(committee.id, resolution.committeeId)),
    )
    .where(and(eq(resolution.tenantId, tenantId), inArray(resolution.id, ids)))
    .orderBy(asc(resolution.decidedOn));
}

/** E-mail addresses of enabled partner accounts, by their organisation. */
export async function partnerAccounts(db: Executor, tenantId: string) {
  return db
    .select({ partnerId: appUser.partnerId, email: appUser.email })
    .from(appUser)
    .where(
      and(eq(appUser.tenantId, tenantId), eq(appUser.role, "partner"), isNull(appUser.disabledAt)),
    );
}

export interface ReminderClaim {
  tenantId: string;
  reportingDutyId: string;
  periodTo: string;
  recipient: string;
  sentBy: string;
}

/**
 * Claims the reminder for one recipient and period: true when this transaction inserted the
 * row, false when it exists (sent before, or claimed by a concurrent transaction — PostgreSQL
 * makes the second insert wait for the first to commit or roll back).
 */
export async function claimReminder(db: Executor, claim: ReminderClaim): Promise<boolean> {
  const rows = await db
    .insert(reportReminder)
    .values(claim)
    .onConflictDoNothing()
    .returning({ recipient: reportReminder.recipient });
  return rows.length > 0;
}

/**
 * Names the paper a final report is presented with, when its draft named none (a paper drafted
 * from the report). Only this column of a final draft ever changes; the report itself never.
 */
export async function linkPaperOfFinalDraft(
  db: Executor,
  tenantId: string,
  draftId: string,
  paperId: string,
) {
  const rows = await db
    .update(reportDraft)
    .set({ paperId })
    .where(
      and(
        eq(reportDraft.tenantId, tenantId),
        eq(reportDraft.id, draftId),
        isNull(reportDraft.paperId),
      ),
    )
    .returning({ id: reportDraft.id });
  return rows.length === 1;
}
