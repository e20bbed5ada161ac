import { z } from "zod";
import { isoDateSchema, uuidSchema } from "./common";

/** The last day to submit a paper for a needed decision (src/domain/decision-deadline). */
export const decisionDeadlineSchema = z
  .object({
    meetingId: uuidSchema,
    meetingName: z.string(),
    committee: z.string(),
    meetingDate: isoDateSchema,
    paperDue: isoDateSchema,
  })
  .meta({ id: "DecisionDeadline" });
