import { paperDueFor } from "./reporting-schedule";

export interface MeetingDay {
  id: string;
  name: string;
  committee: string;
  meetingDate: string;
}

export interface DecisionDeadline {
  meetingId: string;
  meetingName: string;
  committee: string;
  meetingDate: string;
  /** The last day to submit the paper (meeting day minus the Vorlagenfrist). */
  paperDue: string;
}

/**
 * The last chance for a decision that is needed by `decideBy`: the first meeting on or before
 * that day whose Vorlagenfrist has not passed `today`. Null when no meeting is left in time.
 */
export function nextDecisionDeadline(
  meetings: MeetingDay[],
  paperDeadlineDays: number,
  today: string,
  decideBy: string,
): DecisionDeadline | null {
  const candidates = meetings
    .filter((m) => m.meetingDate <= decideBy)
    .map((m) => ({ ...m, paperDue: paperDueFor(m.meetingDate, paperDeadlineDays) }))
    .filter((m) => m.paperDue >= today)
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  const first = candidates[0];
  return first
    ? {
        meetingId: first.id,
        meetingName: first.name,
        committee: first.committee,
        meetingDate: first.meetingDate,
        paperDue: first.paperDue,
      }
    : null;
}
