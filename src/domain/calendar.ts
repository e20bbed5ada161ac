import { germanDate } from "./dates";
import { type DutyState, paperDueFor } from "./reporting-schedule";

/**
 * What the iCalendar feeds carry: every entry is a whole day, as Kurs keeps the day
 * only (meetings, deadlines); the feeds name Europe/Berlin as the calendar's time zone.
 */
export const calendarTimeZone = "Europe/Berlin";

export interface CalendarEntry {
  /** Stable across feeds and days, so calendar programs update instead of duplicating. */
  uid: string;
  /** The day (ISO date). */
  date: string;
  summary: string;
  description?: string;
  location?: string | null;
  /** A link into Kurs (path below the site root). */
  path?: string;
}

export interface MeetingFacts {
  id: string;
  name: string;
  committee: string;
  meetingDate: string;
  location: string | null;
}

export function meetingEntries(meetings: MeetingFacts[]): CalendarEntry[] {
  return meetings.map((m) => ({
    uid: `meeting-${m.id}`,
    date: m.meetingDate,
    summary: m.name,
    description: `Sitzung: ${m.committee}`,
    location: m.location,
    path: `/gremien/sitzungen/${m.id}`,
  }));
}

/**
 * Vorlagenfrist of every meeting from `today` on: the last day papers for it must be with the
 * committee office (the tenant's setting, `paperDeadlineDays` before the meeting).
 */
export function paperDeadlineEntries(
  meetings: MeetingFacts[],
  paperDeadlineDays: number,
  today: string,
): CalendarEntry[] {
  return meetings
    .filter((m) => m.meetingDate >= today)
    .map((m) => ({
      uid: `paper-deadline-${m.id}`,
      date: paperDueFor(m.meetingDate, paperDeadlineDays),
      summary: `Vorlagenfrist: ${m.name}`,
      description: `Vorlagen für die Sitzung am ${germanDate(m.meetingDate)} (${m.committee}) bis heute einreichen.`,
      path: `/gremien/sitzungen/${m.id}`,
    }));
}

export interface DutyFacts {
  id: string;
  committee: string;
  paperDue: string;
  updatesDue: string;
  meetingDate: string | null;
  state: DutyState;
}

/** The next Sachstandsbericht of each reporting duty: its paper and the progress updates before it. */
export function reportEntries(duties: DutyFacts[]): CalendarEntry[] {
  return duties
    .filter((d) => d.state !== "reported")
    .flatMap((d) => [
      {
        uid: `report-updates-${d.id}-${d.paperDue}`,
        date: d.updatesDue,
        summary: `Sachstände fällig: Bericht an ${d.committee}`,
        description: "Die Sachstände der Maßnahmen für den nächsten Bericht sollen vorliegen.",
        path: "/berichte",
      },
      {
        uid: `report-paper-${d.id}-${d.paperDue}`,
        date: d.paperDue,
        summary: `Sachstandsbericht fällig: ${d.committee}`,
        description: d.meetingDate
          ? `Vorlage für die Sitzung am ${germanDate(d.meetingDate)}.`
          : "Vorlage zum Ende des Berichtszeitraums.",
        path: "/berichte",
      },
    ]);
}

export interface FollowUpFacts {
  id: string;
  title: string;
  dueOn: string | null;
  committee: string;
  committeeId: string;
}

/** Open follow-ups of resolutions with a due date. */
export function followUpEntries(followUps: FollowUpFacts[]): CalendarEntry[] {
  return followUps
    .filter((f): f is FollowUpFacts & { dueOn: string } => f.dueOn !== null)
    .map((f) => ({
      uid: `follow-up-${f.id}`,
      date: f.dueOn,
      summary: `Umsetzung fällig: ${f.title}`,
      description: `Aus einem Beschluss: ${f.committee}`,
      path: `/gremien/gremium/${f.committeeId}`,
    }));
}

export interface ProofFacts {
  applicationId: string;
  title: string;
  organisation: string;
  /** The day the Verwendungsnachweis is due (domain/grants: months after the grant period). */
  dueOn: string;
}

/** Proofs of use (Verwendungsnachweise) of granted applications not yet submitted. */
export function proofOfUseEntries(proofs: ProofFacts[]): CalendarEntry[] {
  return proofs.map((p) => ({
    uid: `proof-of-use-${p.applicationId}`,
    date: p.dueOn,
    summary: `Verwendungsnachweis fällig: ${p.title}`,
    description: `Zuwendung an ${p.organisation}: Der Verwendungsnachweis ist bis heute einzureichen.`,
    path: `/zuwendungen/antraege/${p.applicationId}`,
  }));
}
