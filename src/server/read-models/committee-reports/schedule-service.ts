import type { ReportingDutySchedule, ReportTask } from "../../../contract/committee-reports";
import { DomainError } from "../../../domain/errors";
import {
  paperDeadlineFor,
  paperDeadlineRange,
  readPaperDeadlineDays,
} from "../../../domain/paper-deadline";
import {
  dutySchedule,
  paperDueFor,
  reportPeriod,
  updateMissing,
} from "../../../domain/reporting-schedule";
import { countyPaperDeadlineDays } from "../../features/deadlines/read";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import type { Mailer } from "../../platform/mail/mailer";
import * as q from "./queries";
import { reminderMail, reminderRecipients, type TaskWithContacts } from "./reminder-mail";

const activeOn = (d: { validFrom: string; validTo: string | null }, today: string) =>
  d.validFrom <= today && (!d.validTo || d.validTo >= today);

/** How many coming meetings a report draft may be made for (the next first). */
const meetingChoices = 6;

/**
 * Every duty in force today with its schedule, and the tasks (missing updates) it implies.
 * `withTasks: false`: the number of missing updates only, counted in the database (the overview
 * and the duty list show no more), instead of reading every active measure with its partners.
 */
export async function readSchedules(
  db: Executor,
  tenantId: string,
  today: string,
  { withTasks = true }: { withTasks?: boolean } = {},
) {
  const duties = (await q.listDuties(db, tenantId)).filter((d) => activeOn(d, today));
  const countyDays = await countyPaperDeadlineDays(db, tenantId);
  const upcoming = await q.upcomingMeetings(db, tenantId, today);
  const reports = await q.listReports(db, tenantId);
  const { measures, links } = withTasks
    ? await q.activeMeasuresWithPartners(db, tenantId)
    : { measures: [], links: [] };
  const linksOf = new Map<string, typeof links>();
  for (const l of links) linksOf.set(l.measureId, [...(linksOf.get(l.measureId) ?? []), l]);
  const scheduled = duties.map((d) => {
    const lastReportedTo =
      reports
        .filter((r) => r.committeeId === d.committeeId)
        .map((r) => r.periodTo)
        .sort()
        .at(-1) ?? null;
    const deadline = paperDeadlineFor(countyDays, d);
    const schedule = dutySchedule({
      cadence: d.cadence,
      paperDeadlineDays: deadline.days,
      validFrom: d.validFrom,
      today,
      nextMeetingDate: upcoming.get(d.committeeId)?.[0]?.meetingDate ?? null,
      lastReportedTo,
    });
    // The meetings a report may be made for, each with the period that follows from it.
    const meetings = (upcoming.get(d.committeeId) ?? []).slice(0, meetingChoices).map((m) => {
      const paperDue = paperDueFor(m.meetingDate, deadline.days);
      return {
        id: m.id,
        name: m.name,
        date: m.meetingDate,
        paperDue,
        period: reportPeriod({
          cadence: d.cadence,
          paperDue,
          validFrom: d.validFrom,
          lastReportedTo,
        }),
      };
    });
    const tasks: TaskWithContacts[] =
      schedule.state === "reported"
        ? []
        : measures
            .filter((m) => updateMissing(m.latestUpdateOn, schedule.period))
            .map((m) => {
              const own = linksOf.get(m.id) ?? [];
              return {
                dutyId: d.id,
                committee: d.committee,
                measure: { id: m.id, title: m.title },
                responsibleUnit: m.responsibleUnit,
                partners: own.map((l) => l.name),
                latestUpdateOn: m.latestUpdateOn,
                updatesDue: schedule.updatesDue,
                overdue: today > schedule.updatesDue,
                emails: own.map((l) => l.contactEmail).filter((e): e is string => !!e),
                partnerIds: own.map((l) => l.partnerId),
              };
            });
    return { d, deadline, schedule, meetings, tasks };
  });
  const counts = withTasks
    ? null
    : await q.missingUpdateCounts(
        db,
        tenantId,
        scheduled.filter((x) => x.schedule.state !== "reported").map((x) => x.schedule.period.from),
      );
  return scheduled.map(({ d, deadline, schedule, meetings, tasks }) => {
    const missingUpdates =
      counts === null
        ? tasks.length
        : schedule.state === "reported"
          ? 0
          : (counts.get(schedule.period.from) ?? 0);
    const item: ReportingDutySchedule = {
      id: d.id,
      committee: { id: d.committeeId, name: d.committee },
      cadence: d.cadence,
      subject: d.subject,
      paperDeadlineDays: deadline.days,
      paperDeadlineSource: deadline.source,
      validFrom: d.validFrom,
      resolution: { id: d.resolutionId, decidedOn: d.decidedOn },
      ...schedule,
      meetings,
      missingUpdates,
    };
    return { duty: item, tasks };
  });
}

/** The schedule (due dates, state, missing updates) of every duty in force, for the overview. */
export async function readDutySchedules(db: Executor, tenantId: string, today: string) {
  return (await readSchedules(db, tenantId, today, { withTasks: false })).map((s) => s.duty);
}

export async function listDutySchedules(scope: TenantDb, { today }: { today: string }) {
  return scope.transaction(async (tx) => ({
    items: (await readSchedules(tx, scope.tenantId, today, { withTasks: false })).map(
      (s) => s.duty,
    ),
  }));
}

/**
 * Open requests for progress updates. Partners see only the measures of their organisation.
 */
export async function listTasks(
  scope: TenantDb,
  { today, partnerId }: { today: string; partnerId?: string | null },
): Promise<{ items: ReportTask[] }> {
  return scope.transaction(async (tx) => {
    const schedules = await readSchedules(tx, scope.tenantId, today);
    const items = schedules
      .flatMap((s) => s.tasks)
      .filter(
        (t) => partnerId === undefined || (partnerId !== null && t.partnerIds.includes(partnerId)),
      )
      .map(({ emails: _e, partnerIds: _p, ...task }) => task);
    return { items };
  });
}

/**
 * Sets a duty's own lead time for its report, or clears it (null or empty: the county's
 * Vorlagenfrist applies again). What is not a whole number of days in range is refused at the field.
 */
export async function setPaperDeadline(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    paperDeadlineDays: typed,
  }: Actor & { id: string; paperDeadlineDays: number | string | null },
) {
  let paperDeadlineDays: number | null = null;
  if (typed !== null && String(typed).trim() !== "") {
    const read = readPaperDeadlineDays(typed);
    if ("problem" in read)
      throw new DomainError(
        "invalid",
        read.problem,
        { ...paperDeadlineRange },
        "paperDeadlineDays",
      );
    paperDeadlineDays = read.days;
  }
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = (await q.listDuties(tx, tenantId)).find((d) => d.id === id);
    if (!before) throw new DomainError("notFound", "reportingDuty.notFound");
    await q.setPaperDeadline(tx, tenantId, id, paperDeadlineDays);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "reportingDuty.setPaperDeadline",
      entityType: "reportingDuty",
      entityId: id,
      before: { paperDeadlineDays: before.paperDeadlineDays },
      after: { paperDeadlineDays },
    });
    return { id, paperDeadlineDays };
  });
}

/**
 * Sends each partner (contact address and partner accounts) one e-mail listing the measures
 * for which an update is missing. Without SMTP nothing is sent; the task list is the request.
 */
export async function sendReminders(
  scope: TenantDb,
  { actor, requestId, id, today, mailer }: Actor & { id: string; today: string; mailer: Mailer },
) {
  const { tenantId } = scope;
  const { schedule, tasks, accounts } = await scope.transaction(async (tx) => {
    const found = (await readSchedules(tx, tenantId, today)).find((s) => s.duty.id === id);
    if (!found) throw new DomainError("notFound", "reportingDuty.notFound");
    return {
      schedule: found.duty,
      tasks: found.tasks,
      accounts: await q.partnerAccounts(tx, tenantId),
    };
  });
  const recipients = reminderRecipients(tasks, accounts);
  let sent = 0;
  if (mailer.configured) {
    for (const [to, titles] of recipients) {
      await mailer.send(reminderMail(schedule, to, titles));
      sent += 1;
      // Recorded, so the scheduled job does not ask the same recipient again for this period.
      await scope.transaction((tx) =>
        q.claimReminder(tx, {
          tenantId,
          reportingDutyId: id,
          periodTo: schedule.period.to,
          recipient: to,
          sentBy: actor,
        }),
      );
    }
  }
  await scope.transaction((tx) =>
    recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "reportingDuty.remind",
      entityType: "reportingDuty",
      entityId: id,
      after: { tasks: tasks.length, recipients: recipients.length, sent },
    }),
  );
  return {
    mailConfigured: mailer.configured,
    recipients: recipients.length,
    sent,
    tasks: tasks.length,
  };
}
