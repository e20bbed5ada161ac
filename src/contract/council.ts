import { z } from "zod";
import { consultationRoles, paperKinds } from "../domain/council-vocabulary";
import { fundPaperKinds } from "../domain/paper-draft";
import { isoDateSchema, uuidSchema } from "./common";
import { committeeKindSchema } from "./overview";
import { resolutionEffectSchema, resolutionOutcomeSchema } from "./resolution";

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

export const committeeSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    shortName: z.string().nullable(),
    kind: committeeKindSchema,
  })
  .meta({ id: "Committee" });
export type Committee = z.infer<typeof committeeSchema>;

export const createCommitteeSchema = z
  .object({ name: required(300), shortName: text(50).optional(), kind: committeeKindSchema })
  .strict();
export type CreateCommittee = z.infer<typeof createCommitteeSchema>;

export const agendaItemSchema = z.object({
  id: uuidSchema,
  number: z.string().nullable(),
  position: z.number().int(),
  title: z.string(),
  paperId: uuidSchema.nullable(),
  result: z.string().nullable(),
});

export const meetingSchema = z
  .object({
    id: uuidSchema,
    committeeId: uuidSchema,
    committee: z.string(),
    name: z.string(),
    meetingDate: isoDateSchema,
    location: z.string().nullable(),
    resultSummary: z.string().nullable(),
    agendaItems: z.array(agendaItemSchema),
  })
  .meta({ id: "Meeting" });
export type Meeting = z.infer<typeof meetingSchema>;

export const createMeetingSchema = z
  .object({
    committeeId: uuidSchema,
    name: required(300),
    meetingDate: isoDateSchema,
    location: text(300).optional(),
    agendaItems: z
      .array(
        z
          .object({
            number: text(20).optional(),
            title: required(500),
            paperId: uuidSchema.optional(),
          })
          .strict(),
      )
      .max(100)
      .default([]),
  })
  .strict();
export type CreateMeeting = z.input<typeof createMeetingSchema>;

export const consultationRoleSchema = z.enum(consultationRoles);

export const consultationSchema = z.object({
  id: uuidSchema,
  position: z.number().int(),
  role: consultationRoleSchema,
  outcome: resolutionOutcomeSchema.nullable(),
  committee: z.object({ id: uuidSchema, name: z.string() }),
  meeting: z.object({ id: uuidSchema, name: z.string(), meetingDate: isoDateSchema }).nullable(),
});

export const paperKindSchema = z.enum(paperKinds);

export const paperSummarySchema = z.object({
  id: uuidSchema,
  reference: z.string().nullable(),
  kind: paperKindSchema,
  title: z.string(),
  paperDate: isoDateSchema.nullable(),
  leadUnit: z.string().nullable(),
});

/** Anlage (attachment) of a paper, without its bytes. */
export const paperFileSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: "PaperFile" });
export type PaperFile = z.infer<typeof paperFileSchema>;

export const paperSchema = paperSummarySchema
  .extend({
    statementOfFacts: z.string(),
    proposedResolution: z.string().nullable(),
    financialImpact: z.string().nullable(),
    consultations: z.array(consultationSchema),
    files: z.array(paperFileSchema),
    /** A committee has recorded a result (other than deferral): text and attachments are final. */
    decided: z.boolean(),
    /** What adopting it would change in Kurs, when Kurs drafted it from data. */
    proposedEffects: z.array(resolutionEffectSchema),
  })
  .meta({ id: "Paper" });
export type Paper = z.infer<typeof paperSchema>;

export const consultationInputSchema = z
  .object({
    committeeId: uuidSchema,
    meetingId: uuidSchema.optional(),
    role: consultationRoleSchema,
  })
  .strict();

export const createPaperSchema = z
  .object({
    reference: text(50).optional(),
    kind: paperKindSchema,
    title: required(500),
    statementOfFacts: text(50_000).default(""),
    proposedResolution: text(20_000).optional(),
    financialImpact: text(20_000).optional(),
    leadUnit: text(300).optional(),
    paperDate: isoDateSchema.optional(),
    consultations: z.array(consultationInputSchema).max(20).default([]),
  })
  .strict();
export type CreatePaper = z.input<typeof createPaperSchema>;

export const addConsultationSchema = consultationInputSchema;
export type AddConsultation = z.infer<typeof addConsultationSchema>;

export const councilSchema = z
  .object({
    committees: z.array(committeeSchema),
    meetings: z.array(meetingSchema),
    papers: z.array(paperSummarySchema),
    /** Whether the caller may enter meetings, papers and resolutions (governance.edit). */
    mayEdit: z.boolean(),
  })
  .meta({ id: "Council" });
export type Council = z.infer<typeof councilSchema>;

/** Changes to a paper that is not decided yet (omitted fields stay as they are). */
export const updatePaperSchema = z
  .object({
    reference: text(50).optional(),
    title: required(500).optional(),
    statementOfFacts: text(50_000).optional(),
    proposedResolution: text(20_000).optional(),
    financialImpact: text(20_000).optional(),
    leadUnit: text(300).optional(),
    paperDate: isoDateSchema.nullable().optional(),
  })
  .strict();
export type UpdatePaper = z.infer<typeof updatePaperSchema>;

/** Query of an attachment upload; the body is the file itself (Content-Type = its type). */
export const uploadPaperFileQuerySchema = z
  .object({
    fileName: required(255),
    /** Shown name; defaults to the file name. */
    name: text(300).optional(),
  })
  .strict();

export const paperFileParamsSchema = z.object({ id: uuidSchema, fileId: uuidSchema });

/**
 * A Vorlage Kurs drafts from a fund's data: widen its purpose by an action field, or
 * carry its rest into the next year. The committee defaults to the one that granted the fund;
 * the meeting to its next one whose Vorlagenfrist has not passed.
 */
export const fundPaperDraftSchema = z
  .object({
    kind: z.enum(fundPaperKinds),
    /** widenPurpose: the action field (lineage) the purpose is widened by. */
    actionFieldLineageId: uuidSchema.optional(),
    committeeId: uuidSchema.optional(),
    meetingId: uuidSchema.optional(),
  })
  .strict();
export type FundPaperDraft = z.infer<typeof fundPaperDraftSchema>;

/** A paper drafted from a concept draft: adopt it; the committee and meeting may be chosen. */
export const conceptPaperDraftSchema = z
  .object({ committeeId: uuidSchema.optional(), meetingId: uuidSchema.optional() })
  .strict();
export type ConceptPaperDraft = z.infer<typeof conceptPaperDraftSchema>;

/** A paper drafted from a final report, zur Kenntnisnahme in the report's committee. */
export const reportPaperDraftSchema = z.object({ meetingId: uuidSchema.optional() }).strict();
export type ReportPaperDraft = z.infer<typeof reportPaperDraftSchema>;
