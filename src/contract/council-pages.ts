import { z } from "zod";
import { reportingDutyScheduleSchema } from "./committee-reports";
import { isoDateSchema, uuidSchema } from "./common";
import { committeeSchema, consultationRoleSchema, meetingSchema } from "./council";
import { resolutionOutcomeSchema, resolutionSchema } from "./resolution";

const paperRefSchema = z.object({
  id: uuidSchema,
  reference: z.string().nullable(),
  title: z.string(),
});

/** A paper on a meeting's table: through a step of its Beratungsfolge or an agenda item. */
export const meetingPaperSchema = paperRefSchema.extend({
  /** The step of the Beratungsfolge at this meeting; null when only an agenda item names it. */
  role: consultationRoleSchema.nullable(),
  outcome: resolutionOutcomeSchema.nullable(),
});

/** One meeting with agenda, papers and what it decided (its resolutions). */
export const meetingDetailSchema = z
  .object({
    meeting: meetingSchema,
    committee: committeeSchema,
    papers: z.array(meetingPaperSchema),
    resolutions: z.array(resolutionSchema),
  })
  .meta({ id: "MeetingDetail" });
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

/** One committee: its meetings (with the number of resolutions) and what is open for it. */
export const committeeDetailSchema = z
  .object({
    committee: committeeSchema,
    meetings: z.array(
      z.object({
        id: uuidSchema,
        name: z.string(),
        meetingDate: isoDateSchema,
        location: z.string().nullable(),
        resolutionCount: z.number().int(),
        /** For a meeting from today on: the last day to submit papers (the county's Vorlagenfrist). */
        paperDue: isoDateSchema.nullable(),
        /** That day is today or later: a paper is still in time. */
        paperInTime: z.boolean(),
      }),
    ),
    /** Papers waiting for this committee's result. */
    openConsultations: z.array(
      z.object({
        paper: paperRefSchema,
        role: consultationRoleSchema,
        meeting: z
          .object({ id: uuidSchema, name: z.string(), meetingDate: isoDateSchema })
          .nullable(),
      }),
    ),
    /** Reporting duties towards this committee that are in force. */
    reportingDuties: z.array(reportingDutyScheduleSchema),
  })
  .meta({ id: "CommitteeDetail" });
export type CommitteeDetail = z.infer<typeof committeeDetailSchema>;
