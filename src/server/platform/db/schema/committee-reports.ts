import {
  boolean,
  date,
  foreignKey,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { committee, meeting, paper, reportingDuty } from "./council";

/**
 * Berichtsentwurf: a committee report being written. The generated parts are not stored – they
 * are computed from the data whenever the draft is shown; only the office's own text is kept.
 * Once finalised (final_report_id set) the draft is no longer editable.
 */
export const reportDraft = pgTable(
  "report_draft",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    committeeId: uuid("committee_id").notNull(),
    reportingDutyId: uuid("reporting_duty_id"),
    /** The meeting the report is presented in (its date is the report's presentedOn). */
    meetingId: uuid("meeting_id"),
    /** The paper (Vorlage) the report belongs to, when the office has registered one. */
    paperId: uuid("paper_id"),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    introText: text("intro_text").notNull().default(""),
    closingText: text("closing_text").notNull().default(""),
    proposedResolution: text("proposed_resolution"),
    publicSession: boolean("public_session").notNull().default(false),
    finalReportId: uuid("final_report_id"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.reportingDutyId],
      foreignColumns: [reportingDuty.tenantId, reportingDuty.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meeting.tenantId, meeting.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.paperId],
      foreignColumns: [paper.tenantId, paper.id],
    }),
  ],
);

/**
 * Endgültiger Bericht: the frozen snapshot of a draft – one JSON document (stored as text, byte
 * for byte) and its SHA-256. Insert-only: a trigger refuses UPDATE and DELETE for every role; a
 * report is replaced by a new one that names it in supersedes_report_id, never edited.
 */
export const committeeReport = pgTable(
  "committee_report",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    committeeId: uuid("committee_id").notNull(),
    reportingDutyId: uuid("reporting_duty_id"),
    draftId: uuid("draft_id").notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    snapshotJson: text("snapshot_json").notNull(),
    snapshotSha256: text("snapshot_sha256").notNull(),
    publicSession: boolean("public_session").notNull(),
    supersedesReportId: uuid("supersedes_report_id"),
    finalisedBy: text("finalised_by").notNull(),
    finalisedAt: timestamp("finalised_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.reportingDutyId],
      foreignColumns: [reportingDuty.tenantId, reportingDuty.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.draftId],
      foreignColumns: [reportDraft.tenantId, reportDraft.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.supersedesReportId],
      foreignColumns: [t.tenantId, t.id],
    }),
  ],
);

/**
 * Erinnerung: one e-mail asking a recipient for progress updates for one reporting period of a
 * duty. The row is the claim: the scheduled job inserts it (ON CONFLICT DO NOTHING) in the same
 * transaction in which it sends the mail, so a restart or a second server process never sends
 * the same request twice. Reminders sent by hand are recorded too.
 */
export const reportReminder = pgTable(
  "report_reminder",
  {
    tenantId: tenantColumn(),
    reportingDutyId: uuid("reporting_duty_id").notNull(),
    /** End of the period the updates are asked for (the duty's schedule period). */
    periodTo: date("period_to", { mode: "string" }).notNull(),
    recipient: text("recipient").notNull(),
    /** "scheduler" or the user who sent it by hand. */
    sentBy: text("sent_by").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.reportingDutyId, t.periodTo, t.recipient] }),
    foreignKey({
      columns: [t.tenantId, t.reportingDutyId],
      foreignColumns: [reportingDuty.tenantId, reportingDuty.id],
    }),
  ],
);
