import { z } from "zod";
import { followUpStates } from "../domain/follow-up";
import { isoDateSchema, uuidSchema } from "./common";

/** Beschlussverfolgung: the states of a follow-up (see db/schema/follow-ups.ts). */
export const followUpStateSchema = z.enum(followUpStates);
export type FollowUpState = z.infer<typeof followUpStateSchema>;

export const createFollowUpSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    /** An organisation or a role ("Sozialamt", "Integrationsbeauftragte"), never a person. */
    responsible: z.string().trim().max(200).nullish(),
    dueOn: isoDateSchema.nullish(),
  })
  .strict();
export type CreateFollowUp = z.input<typeof createFollowUpSchema>;

export const updateFollowUpSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    responsible: z.string().trim().max(200).nullish(),
    dueOn: isoDateSchema.nullish(),
    state: followUpStateSchema.optional(),
    /** The day it was done or overtaken; defaults to today when the state closes it. */
    closedOn: isoDateSchema.nullish(),
  })
  .strict();
export type UpdateFollowUp = z.input<typeof updateFollowUpSchema>;

export const addFollowUpNoteSchema = z
  .object({
    notedOn: isoDateSchema.optional(),
    text: z.string().trim().min(1).max(5000),
  })
  .strict();
export type AddFollowUpNote = z.input<typeof addFollowUpNoteSchema>;

export const followUpSchema = z
  .object({
    id: uuidSchema,
    resolution: z.object({
      id: uuidSchema,
      decidedOn: isoDateSchema,
      text: z.string(),
      committee: z.object({ id: uuidSchema, name: z.string() }),
      paper: z
        .object({ id: uuidSchema, reference: z.string().nullable(), title: z.string() })
        .nullable(),
    }),
    title: z.string(),
    responsible: z.string().nullable(),
    dueOn: isoDateSchema.nullable(),
    state: followUpStateSchema,
    closedOn: isoDateSchema.nullable(),
    /** Created by Kurs for an effect it applied itself (done automatically). */
    automatic: z.boolean(),
    overdue: z.boolean(),
    notes: z.array(z.object({ id: uuidSchema, notedOn: isoDateSchema, text: z.string() })),
  })
  .meta({ id: "FollowUp" });
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpListSchema = z.object({ items: z.array(followUpSchema) });

export const followUpQuerySchema = z
  .object({
    committeeId: uuidSchema.optional(),
    resolutionId: uuidSchema.optional(),
    /** Only open and in-progress follow-ups. */
    open: z.enum(["true", "false"]).optional(),
  })
  .strict();
