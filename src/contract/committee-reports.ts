import { z } from "zod";
import { reportingCadences } from "../domain/council-vocabulary";
import { dutyStates } from "../domain/reporting-schedule";
import { isoDateSchema, uuidSchema } from "./common";

/** Committee reports (Sachstandsbericht): duties with due dates, tasks, drafts, final reports. */

const periodSchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const reportingDutyScheduleSchema = z
  .object({
    id: uuidSchema,
    committee: z.object({ id: uuidSchema, name: z.string() }),
    cadence: z.enum(reportingCadences),
    subject: z.string().nullable(),
    /** The Vorlagenfrist that applies to this duty's reports (domain/paper-deadline). */
    paperDeadlineDays: z.int(),
    /** Whose it is: the county's, or the duty's own lead time. */
    paperDeadlineSource: z.enum(["county", "duty"]),
    validFrom: isoDateSchema,
    resolution: z.object({ id: uuidSchema, decidedOn: isoDateSchema }),
    period: periodSchema,
    meetingDate: isoDateSchema.nullable(),
    paperDue: isoDateSchema,
    updatesDue: isoDateSchema,
    state: z.enum(dutyStates),
    /**
     * The committee's coming meetings (the next first) a report may be made for, each with its
     * Vorlagenfrist and the report period that follows from it.
     */
    meetings: z.array(
      z.object({
        id: uuidSchema,
        name: z.string(),
        date: isoDateSchema,
        paperDue: isoDateSchema,
        period: periodSchema,
      }),
    ),
    missingUpdates: z.int(),
  })
  .meta({ id: "ReportingDutySchedule" });
export type ReportingDutySchedule = z.infer<typeof reportingDutyScheduleSchema>;

export const reportingDutyListSchema = z.object({ items: z.array(reportingDutyScheduleSchema) });

/**
 * A duty's own lead time for its report, as typed (number or text, read by the service with the
 * one rule in domain/paper-deadline; refused at the field with 422); null or empty: the county's.
 */
export const dutySettingsSchema = z.strictObject({
  paperDeadlineDays: z.union([z.number(), z.string().max(20)]).nullable(),
});
/** The duty's lead time as stored (null: the county's). */
export const dutySettingsResultSchema = z.object({
  id: z.uuid(),
  paperDeadlineDays: z.int().nullable(),
});

/** A request for a progress update: one measure, for one duty's coming report. */
export const reportTaskSchema = z.object({
  dutyId: uuidSchema,
  committee: z.string(),
  measure: z.object({ id: uuidSchema, title: z.string() }),
  responsibleUnit: z.string().nullable(),
  partners: z.array(z.string()),
  latestUpdateOn: isoDateSchema.nullable(),
  updatesDue: isoDateSchema,
  overdue: z.boolean(),
});
export type ReportTask = z.infer<typeof reportTaskSchema>;
export const reportTaskListSchema = z.object({ items: z.array(reportTaskSchema) });

export const reminderResultSchema = z.object({
  /** false when no SMTP server is configured (KURS_SMTP_URL): nothing was sent. */
  mailConfigured: z.boolean(),
  recipients: z.int(),
  sent: z.int(),
  tasks: z.int(),
});

const text = (max: number) => z.string().max(max);

export const draftInputSchema = z.strictObject({
  committeeId: uuidSchema,
  reportingDutyId: uuidSchema.nullish(),
  /**
   * The meeting the report is presented in (its date becomes presentedOn). Omitted with a
   * reporting duty: the committee's next meeting on or after today.
   */
  meetingId: uuidSchema.nullish(),
  /** The paper (Vorlage) the report belongs to. */
  paperId: uuidSchema.nullish(),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  title: z.string().trim().min(1).max(300),
});
export type DraftInput = z.infer<typeof draftInputSchema>;

export const draftTextSchema = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  introText: text(20000).optional(),
  closingText: text(20000).optional(),
  proposedResolution: text(5000).nullable().optional(),
  publicSession: z.boolean().optional(),
});
export type DraftText = z.infer<typeof draftTextSchema>;

export const draftSummarySchema = z
  .object({
    id: uuidSchema,
    committee: z.object({ id: uuidSchema, name: z.string() }),
    reportingDutyId: uuidSchema.nullable(),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    title: z.string(),
    introText: z.string(),
    closingText: z.string(),
    proposedResolution: z.string().nullable(),
    publicSession: z.boolean(),
    finalReportId: uuidSchema.nullable(),
    updatedAt: z.string(),
    /** The meeting the report is presented in; its date is the report's presentedOn. */
    meeting: z.object({ id: uuidSchema, name: z.string(), date: isoDateSchema }).nullable(),
    paper: z
      .object({ id: uuidSchema, reference: z.string().nullable(), title: z.string() })
      .nullable(),
  })
  .meta({ id: "ReportDraft" });
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export const draftListSchema = z.object({ items: z.array(draftSummarySchema) });

/** The generated report: the same document for a draft (live) and a final report (frozen). */
export const snapshotSchema = z.record(z.string(), z.unknown()).meta({ id: "ReportSnapshot" });

export const draftPreviewSchema = z.object({
  draft: draftSummarySchema,
  snapshot: snapshotSchema,
  html: z.string(),
});

export const finalReportSchema = z
  .object({
    id: uuidSchema,
    committee: z.object({ id: uuidSchema, name: z.string() }),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    title: z.string(),
    publicSession: z.boolean(),
    snapshotSha256: z.string(),
    supersedesReportId: uuidSchema.nullable(),
    supersededById: uuidSchema.nullable(),
    finalisedAt: z.string(),
  })
  .meta({ id: "CommitteeReport" });
export type FinalReport = z.infer<typeof finalReportSchema>;
export const finalReportListSchema = z.object({ items: z.array(finalReportSchema) });
export const finalReportDetailSchema = finalReportSchema.extend({
  snapshot: snapshotSchema,
  html: z.string(),
});

export const finaliseInputSchema = z.strictObject({
  supersedesReportId: uuidSchema.nullish(),
});
