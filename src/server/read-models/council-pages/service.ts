import type { CommitteeDetail, MeetingDetail } from "../../../contract/council-pages";
import { DomainError } from "../../../domain/errors";
import { paperDeadlineDaysFor } from "../../../domain/paper-deadline";
import { paperDueFor } from "../../../domain/reporting-schedule";
import * as council from "../../features/council/read";
import { readMeetings } from "../../features/council/service";
import { countyPaperDeadlineDays } from "../../features/deadlines/read";
import { decisionsByMeeting } from "../../features/resolutions/read";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { readDutySchedules } from "../committee-reports/read";

/*
 * The pages of a committee and of a meeting: a read model over the council (committees,
 * meetings, papers), the resolutions decided there and the committee's reporting duties. It
 * lives outside council/ so that the council does not import the features built on it; the
 * routes stay in council/routes.ts, which app.ts hands these two functions.
 */

/** One meeting: agenda, the papers on its table and its resolutions. */
export async function getMeetingDetail(
  scope: TenantDb,
  { id }: { id: string },
): Promise<MeetingDetail> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const meeting = (await readMeetings(tx, tenantId)).find((m) => m.id === id);
    if (!meeting) throw new DomainError("notFound", "meeting.notFound");
    const committee = await council.findCommittee(tx, tenantId, meeting.committeeId);
    if (!committee) throw new Error("meeting without committee");
    const papers = new Map((await council.listPapers(tx, tenantId)).map((p) => [p.id, p]));
    const onTable: MeetingDetail["papers"] = [];
    for (const c of await council.listConsultations(tx, tenantId)) {
      const p = papers.get(c.paperId);
      if (c.meetingId !== id || !p) continue;
      onTable.push({
        id: p.id,
        reference: p.reference,
        title: p.title,
        role: c.role,
        outcome: c.outcome,
      });
    }
    for (const item of meeting.agendaItems) {
      const p = item.paperId ? papers.get(item.paperId) : undefined;
      if (!p || onTable.some((x) => x.id === p.id)) continue;
      onTable.push({ id: p.id, reference: p.reference, title: p.title, role: null, outcome: null });
    }
    return {
      meeting,
      committee: {
        id: committee.id,
        name: committee.name,
        shortName: committee.shortName,
        kind: committee.kind,
      },
      papers: onTable,
      resolutions: (await decisionsByMeeting(tx, tenantId)).get(id) ?? [],
    };
  });
}

/** One committee: its meetings, the papers waiting for its result, its reporting duties. */
export async function getCommitteeDetail(
  scope: TenantDb,
  { id, today }: { id: string; today: string },
): Promise<CommitteeDetail> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const committee = await council.findCommittee(tx, tenantId, id);
    if (!committee) throw new DomainError("notFound", "committee.notFound");
    const decisions = await decisionsByMeeting(tx, tenantId);
    const deadlineDays = paperDeadlineDaysFor(await countyPaperDeadlineDays(tx, tenantId));
    const papers = new Map((await council.listPapers(tx, tenantId)).map((p) => [p.id, p]));
    const openConsultations: CommitteeDetail["openConsultations"] = [];
    for (const c of await council.listConsultations(tx, tenantId)) {
      const p = papers.get(c.paperId);
      if (c.committeeId !== id || c.outcome !== null || !p) continue;
      openConsultations.push({
        paper: { id: p.id, reference: p.reference, title: p.title },
        role: c.role,
        meeting:
          c.meetingId && c.meetingName && c.meetingDate
            ? { id: c.meetingId, name: c.meetingName, meetingDate: c.meetingDate }
            : null,
      });
    }
    return {
      committee: {
        id: committee.id,
        name: committee.name,
        shortName: committee.shortName,
        kind: committee.kind,
      },
      meetings: (await council.listMeetings(tx, tenantId))
        .filter((m) => m.committeeId === id)
        .map((m) => {
          const paperDue = m.meetingDate >= today ? paperDueFor(m.meetingDate, deadlineDays) : null;
          return {
            id: m.id,
            name: m.name,
            meetingDate: m.meetingDate,
            location: m.location,
            resolutionCount: decisions.get(m.id)?.length ?? 0,
            paperDue,
            paperInTime: paperDue !== null && paperDue >= today,
          };
        }),
      openConsultations,
      reportingDuties: (await readDutySchedules(tx, tenantId, today)).filter(
        (d) => d.committee.id === id,
      ),
    };
  });
}
