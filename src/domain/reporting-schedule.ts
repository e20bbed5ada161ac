/**
 * When a committee report is due (Berichtspflicht). Pure date rules on ISO dates (YYYY-MM-DD):
 * the report goes to the committee's next meeting; the paper must be with the committee office
 * the Vorlagenfrist before it (default three weeks); the progress updates of measure owners and
 * partners are asked for two weeks before that paper deadline, so the office can write.
 */

import type { ReportingCadence } from "./council-vocabulary";
import { addDays, earlierDate } from "./dates";

export const reportingCadenceMonths: Record<ReportingCadence, number> = {
  quarterly: 3,
  halfYearly: 6,
  yearly: 12,
};
export type Cadence = ReportingCadence;

/** Days between the deadline for progress updates and the paper deadline. */
const updateLeadDays = 14;

export interface Period {
  from: string;
  to: string;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The calendar period of the cadence that contains `date` (quarters, halves, years). */
export function periodContaining(cadence: Cadence, date: string): Period {
  const months = reportingCadenceMonths[cadence];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startMonth = Math.floor((month - 1) / months) * months;
  return {
    from: isoOf(new Date(Date.UTC(year, startMonth, 1))),
    to: isoOf(new Date(Date.UTC(year, startMonth + months, 0))),
  };
}

/** The period before the given one (same cadence). */
export function previousPeriod(cadence: Cadence, period: Period): Period {
  return periodContaining(cadence, addDays(period.from, -1));
}

export const dutyStates = ["open", "updatesOverdue", "paperOverdue", "reported"] as const;
export type DutyState = (typeof dutyStates)[number];

export interface DutySchedule {
  /**
   * The period the next report covers: from the day after the previous report's period (or one
   * cycle back) to the paper deadline of the meeting it goes to, so that the Sachstände asked for
   * (due two weeks before that deadline) lie inside it.
   */
  period: Period;
  /** The meeting the report goes to, or null when none is scheduled (then: end of the cycle). */
  meetingDate: string | null;
  /** Vorlagenfrist: the paper must be with the office by this date. */
  paperDue: string;
  /** Progress updates from owners and partners are asked for by this date. */
  updatesDue: string;
  state: DutyState;
}

/** The same day N months later (the last day of a shorter month). */
export function addMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return isoOf(date);
}

/**
 * The period a report for a meeting covers: it ends at the meeting's paper deadline (the office
 * writes up to then) and begins the day after the previous report's period; without a previous
 * report (or one older than two cycles) one cycle back; never before the duty began.
 */
export function reportPeriod(input: {
  cadence: Cadence;
  paperDue: string;
  validFrom: string;
  lastReportedTo: string | null;
}): Period {
  const to = input.paperDue;
  const months = reportingCadenceMonths[input.cadence];
  const oneCycleBack = addDays(addMonths(to, -months), 1);
  const twoCyclesBack = addDays(addMonths(to, -2 * months), 1);
  let from = oneCycleBack;
  if (input.lastReportedTo !== null && input.lastReportedTo < to) {
    const after = addDays(input.lastReportedTo, 1);
    if (after >= twoCyclesBack) from = after;
  }
  if (from < input.validFrom) from = earlierDate(input.validFrom, to);
  return { from, to };
}

/** Vorlagenfrist: the day the paper for a meeting must be with the committee office. */
export function paperDueFor(meetingDate: string, paperDeadlineDays: number): string {
  return addDays(meetingDate, -paperDeadlineDays);
}

/**
 * The schedule of a reporting duty as of `today`. `nextMeetingDate` is the committee's first
 * meeting on or after today; `lastReportedTo` the end of the period of the newest final report.
 * Without a meeting the report is due at the end of the calendar cycle containing today.
 */
export function dutySchedule(input: {
  cadence: Cadence;
  paperDeadlineDays: number;
  validFrom: string;
  today: string;
  nextMeetingDate: string | null;
  lastReportedTo: string | null;
}): DutySchedule {
  const reference = input.nextMeetingDate ?? null;
  const paperDue = paperDueFor(
    reference ?? periodContaining(input.cadence, input.today).to,
    input.paperDeadlineDays,
  );
  const updatesDue = addDays(paperDue, -updateLeadDays);
  const period = reportPeriod({
    cadence: input.cadence,
    paperDue,
    validFrom: input.validFrom,
    lastReportedTo: input.lastReportedTo,
  });
  let state: DutyState = "open";
  if (input.lastReportedTo !== null && input.lastReportedTo >= period.to) state = "reported";
  else if (input.today > paperDue) state = "paperOverdue";
  else if (input.today > updatesDue) state = "updatesOverdue";
  return { period, meetingDate: reference, paperDue, updatesDue, state };
}

/** Does a measure still owe a progress update for the period (none reported since it began)? */
export function updateMissing(latestUpdateOn: string | null, period: Period): boolean {
  return latestUpdateOn === null || latestUpdateOn < period.from;
}

/** Days before the update deadline from which the scheduled reminders go out. */
const reminderLeadDays = 14;

/**
 * Are progress-update requests due for this schedule today? From `reminderLeadDays` before the
 * update deadline until the paper deadline, while the period is not reported yet.
 */
export function reminderDue(schedule: DutySchedule, today: string): boolean {
  return (
    schedule.state !== "reported" &&
    today >= addDays(schedule.updatesDue, -reminderLeadDays) &&
    today <= schedule.paperDue
  );
}
