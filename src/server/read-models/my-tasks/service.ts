import type { MyTask } from "../../../contract/my-tasks";
import { deliveredKey, linkUsableOn, openLinkPeriods } from "../../../domain/indicator";
import { paperDeadlineDaysFor } from "../../../domain/paper-deadline";
import { paperDueFor } from "../../../domain/reporting-schedule";
import { countyPaperDeadlineDays } from "../../features/deadlines/read";
import { openProofsOfUse, overdueProofsOfUse, proofOverdue } from "../../features/grants/read";
import {
  deliveredCells,
  listIndicators,
  partnerLinks,
  unrevokedLinksOf,
} from "../../features/indicators/read";
import type { SessionUser } from "../../platform/auth/sessions";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as rq from "../committee-reports/read";
import { readSchedules } from "../committee-reports/schedule-service";

type Person = Pick<SessionUser, "role" | "partnerId">;

const isOffice = (person: Person) => person.role === "admin" || person.role === "coordinator";

/**
 * Sachstände asked of this person: the same tasks the reminders ask for (`readSchedules`). A
 * partner account answers for the measures of its organisation; the office for the measures
 * no partner organisation reports on (nobody else is asked for them).
 */
async function progressUpdates(db: Executor, tenantId: string, person: Person, today: string) {
  const mine = (partnerIds: string[]) =>
    person.role === "partner"
      ? person.partnerId !== null && partnerIds.includes(person.partnerId)
      : isOffice(person) && partnerIds.length === 0;
  const schedules = await readSchedules(db, tenantId, today);
  return schedules.flatMap(({ tasks }) =>
    tasks
      .filter((task) => mine(task.partnerIds))
      .map(
        (task): MyTask => ({
          kind: "progressUpdate",
          due: task.updatesDue,
          overdue: task.overdue,
          href: `/massnahmen/${task.measure.id}#progress-title`,
          measure: task.measure,
          committee: task.committee,
          latestUpdateOn: task.latestUpdateOn,
        }),
      ),
  );
}

/**
 * Indicator values the submission links of the person's organisation still ask for. Where the
 * organisation is assigned the indicator, its accounts enter them on the indicator page;
 * otherwise only through the link (no address: the token is not stored).
 */
async function indicatorValues(db: Executor, tenantId: string, partnerId: string, today: string) {
  const links = await unrevokedLinksOf(db, tenantId, partnerId);
  if (!links.length) return [];
  const indicators = await listIndicators(db, tenantId);
  const assigned = new Set(
    (await partnerLinks(db, tenantId))
      .filter((a) => a.partnerId === partnerId)
      .map((a) => a.indicatorId),
  );
  const ids = [...new Set(links.flatMap((l) => l.indicatorIds))];
  const delivered = new Set(
    (await deliveredCells(db, tenantId, partnerId, ids)).map((c) =>
      deliveredKey(c.indicatorId, c.period),
    ),
  );
  return links.flatMap((link) =>
    openLinkPeriods(link, indicators, delivered).map(({ indicatorId, periods }): MyTask => {
      const found = indicators.find((i) => i.id === indicatorId);
      return {
        kind: "indicatorValues",
        due: link.expiresAt.slice(0, 10),
        overdue: !linkUsableOn(link, today),
        href: assigned.has(indicatorId) ? `/kennzahlen/${indicatorId}#value-period` : null,
        linkId: link.id,
        indicator: { id: indicatorId, name: found?.name ?? "" },
        periods,
      };
    }),
  );
}

/**
 * Report drafts still to finalise. Due at the Vorlagenfrist of the meeting the report is for
 * (the duty's own, else the county's: domain/paper-deadline); without a meeting at the end of its period, which is where
 * a report period ends (domain/reporting-schedule `reportPeriod`).
 */
async function reportDrafts(db: Executor, tenantId: string, today: string) {
  const duties = new Map((await rq.listDuties(db, tenantId)).map((d) => [d.id, d]));
  const drafts = (await rq.listDrafts(db, tenantId)).filter((d) => !d.finalReportId);
  const countyDays = await countyPaperDeadlineDays(db, tenantId);
  return drafts.map((d): MyTask => {
    const days = paperDeadlineDaysFor(
      countyDays,
      d.reportingDutyId ? duties.get(d.reportingDutyId) : null,
    );
    const due = d.meetingDate ? paperDueFor(d.meetingDate, days) : d.periodTo;
    return {
      kind: "reportDraft",
      due,
      overdue: today > due,
      href: `/berichte/entwuerfe/${d.id}`,
      draft: { id: d.id, title: d.title },
      committee: d.committee,
      meetingDate: d.meetingDate,
    };
  });
}

/**
 * Proofs of use not yet submitted: a provider's own (due some months after the grant period),
 * for the office those that are overdue.
 */
async function proofsOfUse(db: Executor, tenantId: string, person: Person, today: string) {
  const open =
    person.role === "partner"
      ? await openProofsOfUse(db, tenantId, person.partnerId ?? null)
      : await overdueProofsOfUse(db, tenantId, today);
  return open.flatMap(({ row, dueOn: due }): MyTask[] => {
    return [
      {
        kind: "proofOfUse",
        due,
        overdue: proofOverdue(due, today),
        href: `/zuwendungen/antraege/${row.application.id}`,
        application: { id: row.application.id, title: row.application.title },
        organisation: row.partnerName,
      },
    ];
  });
}

const titleOf = (task: MyTask) =>
  task.kind === "progressUpdate"
    ? task.measure.title
    : task.kind === "indicatorValues"
      ? task.indicator.name
      : task.kind === "proofOfUse"
        ? task.application.title
        : task.draft.title;

/**
 * Order of the list: the nearest deadline first — what is longest overdue at the top, then what
 * falls due next (ascending by deadline); on the same day by title.
 */
function byDeadline(a: MyTask, b: MyTask): number {
  return a.due.localeCompare(b.due) || titleOf(a).localeCompare(titleOf(b), "de");
}

/** Everything due from the signed-in person, nearest deadline first. Committee members: none. */
export async function listMyTasks(
  scope: TenantDb,
  { person, today }: { person: Person; today: string },
): Promise<{ items: MyTask[] }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const items: MyTask[] = [];
    if (person.role === "partner" || isOffice(person))
      items.push(...(await progressUpdates(tx, tenantId, person, today)));
    if (person.role === "partner" && person.partnerId)
      items.push(...(await indicatorValues(tx, tenantId, person.partnerId, today)));
    if (isOffice(person)) items.push(...(await reportDrafts(tx, tenantId, today)));
    if ((person.role === "partner" && person.partnerId) || isOffice(person))
      items.push(...(await proofsOfUse(tx, tenantId, person, today)));
    return { items: items.sort(byDeadline) };
  });
}
