import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { committee, consultation, fund, meeting, paper } from "../../platform/db/schema";

/** The county's funds with the committee that granted them (their purposes: ledger/fund-money). */
export async function listFundsForOverview(db: Executor, tenantId: string) {
  return db
    .select({
      id: fund.id,
      name: fund.name,
      fiscalYear: fund.fiscalYear,
      estimateCents: fund.estimateCents,
      grantingReference: fund.grantingReference,
      grantedBy: committee.name,
      grantedByCommitteeId: fund.grantedByCommitteeId,
    })
    .from(fund)
    .leftJoin(
      committee,
      and(eq(committee.tenantId, fund.tenantId), eq(committee.id, fund.grantedByCommitteeId)),
    )
    .where(eq(fund.tenantId, tenantId))
    .orderBy(desc(fund.fiscalYear), asc(fund.name));
}

/** Papers with a consultation still open, and that consultation's committee and meeting. */
export async function listOpenConsultations(db: Executor, tenantId: string) {
  return db
    .select({
      paperId: paper.id,
      reference: paper.reference,
      kind: paper.kind,
      title: paper.title,
      proposedResolution: paper.proposedResolution,
      position: consultation.position,
      role: consultation.role,
      committee: committee.name,
      meetingDate: meeting.meetingDate,
    })
    .from(consultation)
    .innerJoin(
      paper,
      and(eq(paper.tenantId, consultation.tenantId), eq(paper.id, consultation.paperId)),
    )
    .innerJoin(
      committee,
      and(
        eq(committee.tenantId, consultation.tenantId),
        eq(committee.id, consultation.committeeId),
      ),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.tenantId, consultation.tenantId), eq(meeting.id, consultation.meetingId)),
    )
    .where(and(eq(consultation.tenantId, tenantId), isNull(consultation.outcome)))
    .orderBy(asc(paper.createdAt), asc(consultation.position));
}

export async function listRecentMeetings(db: Executor, tenantId: string, limit: number) {
  return db
    .select({
      id: meeting.id,
      name: meeting.name,
      meetingDate: meeting.meetingDate,
      resultSummary: meeting.resultSummary,
      committee: committee.name,
    })
    .from(meeting)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, meeting.tenantId), eq(committee.id, meeting.committeeId)),
    )
    .where(eq(meeting.tenantId, tenantId))
    .orderBy(desc(meeting.meetingDate))
    .limit(limit);
}
