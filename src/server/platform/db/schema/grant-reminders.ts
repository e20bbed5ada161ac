import { date, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { proofReminderKinds } from "../../../../domain/proof-of-use";
import { tenantColumn } from "./columns";
import { grantApplication } from "./grants";
import { valueCheck } from "./value-check";

/**
 * Erinnerung an einen Verwendungsnachweis: one e-mail to one address of the provider
 * organisation (its contact address or a partner account), for one application, kind
 * (domain/proof-of-use.ts: four weeks before, overdue) and due day. The row is the claim: the
 * scheduled job inserts it (ON CONFLICT DO NOTHING) in the transaction that sends the mail, so a
 * retry or a second server process never sends the same reminder twice.
 */
export const grantProofReminder = pgTable(
  "grant_proof_reminder",
  {
    tenantId: tenantColumn(),
    applicationId: uuid("application_id").notNull(),
    kind: text("kind", { enum: proofReminderKinds }).notNull(),
    /** The due day the reminder was about (a changed period is a new due day). */
    dueOn: date("due_on", { mode: "string" }).notNull(),
    recipient: text("recipient").notNull(),
    sentBy: text("sent_by").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId, t.kind, t.dueOn, t.recipient] }),
    foreignKey({
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [grantApplication.tenantId, grantApplication.id],
    }),
    valueCheck("grant_proof_reminder_kind_ck", t.kind, proofReminderKinds),
  ],
);
