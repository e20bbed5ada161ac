import { addDays } from "./dates";

/**
 * Verwendungsnachweis: when it is overdue and when the provider is reminded. The proof is due
 * `proofDueMonths` after the grant period ends (grants/common.ts `proofDueOn`).
 */

/** A proof of use is overdue from the day after its due day (Meine Aufgaben, overview, mails). */
export const proofOverdue = (dueOn: string, today: string) => today > dueOn;

/** The reminders a provider organisation gets, each once: four weeks before, and once overdue. */
export const proofReminderKinds = ["dueSoon", "overdue"] as const;
export type ProofReminderKind = (typeof proofReminderKinds)[number];

/** „Bald fällig“ is sent from this many days before the due day. */
export const proofReminderLeadDays = 28;

/** Which reminder is due today for a proof due on `dueOn` (not yet submitted); null: none yet. */
export function proofReminderDue(dueOn: string, today: string): ProofReminderKind | null {
  if (proofOverdue(dueOn, today)) return "overdue";
  return today >= addDays(dueOn, -proofReminderLeadDays) ? "dueSoon" : null;
}
