import { z } from "zod";
import { isoDateSchema, uuidSchema } from "./common";

/**
 * Meine Aufgaben: what is due from the signed-in person. Every item has its deadline (`due`),
 * whether that has passed (`overdue`) and the web path where it is done (`href`; null only for
 * link values of an indicator the organisation is not assigned: those go in through the
 * submission link itself, whose address only its recipient has).
 */
const base = {
  due: isoDateSchema,
  overdue: z.boolean(),
  href: z.string().nullable(),
};

/** A Sachstand (progress update) asked for a measure for a committee's coming report. */
const progressUpdateTask = z.object({
  kind: z.literal("progressUpdate"),
  ...base,
  measure: z.object({ id: uuidSchema, title: z.string() }),
  committee: z.string(),
  latestUpdateOn: isoDateSchema.nullable(),
});

/** Values of one indicator that a submission link of the person's organisation still asks for. */
const indicatorValuesTask = z.object({
  kind: z.literal("indicatorValues"),
  ...base,
  linkId: uuidSchema,
  indicator: z.object({ id: uuidSchema, name: z.string() }),
  periods: z.array(z.string()),
});

/** A report draft the office still has to finalise (due: the meeting's Vorlagenfrist). */
const reportDraftTask = z.object({
  kind: z.literal("reportDraft"),
  ...base,
  draft: z.object({ id: uuidSchema, title: z.string() }),
  committee: z.string(),
  meetingDate: isoDateSchema.nullable(),
});

/**
 * A proof of use (Verwendungsnachweis) of a granted application, due some months after its
 * period: for the provider always, for the office once it is overdue.
 */
const proofOfUseTask = z.object({
  kind: z.literal("proofOfUse"),
  ...base,
  application: z.object({ id: uuidSchema, title: z.string() }),
  organisation: z.string(),
});

export const myTaskSchema = z
  .discriminatedUnion("kind", [
    progressUpdateTask,
    indicatorValuesTask,
    reportDraftTask,
    proofOfUseTask,
  ])
  .meta({ id: "MyTask" });
export type MyTask = z.infer<typeof myTaskSchema>;
export const myTaskListSchema = z.object({ items: z.array(myTaskSchema) });
