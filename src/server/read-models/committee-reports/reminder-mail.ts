import type { ReportingDutySchedule, ReportTask } from "../../../contract/committee-reports";
import type { OutgoingMail } from "../../platform/mail/mailer";
import { germanDate } from "../../renderers/reports/german-format";

/** A task as the schedule reads it: with the partners' contact addresses and ids. */
export type TaskWithContacts = ReportTask & { emails: string[]; partnerIds: string[] };

/**
 * Who is asked for which measures: each partner's contact address and its partner accounts,
 * one entry per address listing all its measures; sorted by address (the order mails go out).
 */
export function reminderRecipients(
  tasks: TaskWithContacts[],
  accounts: { partnerId: string | null; email: string }[],
): [string, string[]][] {
  const byRecipient = new Map<string, string[]>();
  for (const task of tasks) {
    const recipients = new Set(task.emails);
    for (const a of accounts)
      if (a.partnerId && task.partnerIds.includes(a.partnerId)) recipients.add(a.email);
    for (const to of recipients)
      byRecipient.set(to, [...(byRecipient.get(to) ?? []), task.measure.title]);
  }
  return [...byRecipient].sort(([a], [b]) => a.localeCompare(b));
}

/** The request for progress updates (German: it goes to the county's partners). */
export function reminderMail(
  schedule: ReportingDutySchedule,
  to: string,
  titles: string[],
): OutgoingMail {
  return {
    to,
    subject: `Bitte um Sachstand bis ${germanDate(schedule.updatesDue)}: Bericht an ${schedule.committee.name}`,
    text: [
      "Guten Tag,",
      "",
      `für den Bericht an ${schedule.committee.name} (Berichtszeitraum ${germanDate(schedule.period.from)} – ${germanDate(schedule.period.to)}) bitten wir bis ${germanDate(schedule.updatesDue)} um einen Sachstand mit Kennzahlen zu folgenden Maßnahmen:`,
      "",
      ...titles.map((t) => `- ${t}`),
      "",
      "Bitte tragen Sie den Sachstand in Kurs bei der jeweiligen Maßnahme ein.",
      "",
      "Mit freundlichen Grüßen",
      "Koordinierungsstelle Migration und Teilhabe",
    ].join("\n"),
  };
}
