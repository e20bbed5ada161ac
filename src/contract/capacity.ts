import { z } from "zod";
import { uuidSchema } from "./common";
import { calendarDateSchema } from "./measures";

const fte = z.number().gt(0).max(100).multipleOf(0.01);
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const positionInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    unit: z.string().trim().max(300).nullable().optional(),
    periods: z
      .array(
        z
          .object({
            validFrom: calendarDateSchema,
            validTo: calendarDateSchema.nullable().optional(),
            fte,
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();
export type PositionInput = z.infer<typeof positionInputSchema>;

/** Assign a share of a position to a measure for every month from `fromMonth` to `toMonth`. */
export const assignmentInputSchema = z
  .object({
    measureId: uuidSchema,
    fromMonth: monthSchema,
    toMonth: monthSchema,
    fte,
  })
  .strict();
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

export const capacityQuerySchema = z
  .object({ from: monthSchema.optional(), to: monthSchema.optional() })
  .strict();

export const capacitySchema = z
  .object({
    positions: z.array(
      z.object({
        id: uuidSchema,
        title: z.string(),
        unit: z.string().nullable(),
        periods: z.array(
          z.object({ validFrom: z.string(), validTo: z.string().nullable(), fte: z.number() }),
        ),
      }),
    ),
    months: z.array(
      z.object({
        month: z.string(),
        capacity: z.number(),
        demand: z.number(),
        overAllocated: z.boolean(),
        positions: z.array(
          z.object({
            positionId: uuidSchema,
            capacity: z.number(),
            assigned: z.number(),
            overAllocated: z.boolean(),
            measures: z.array(z.object({ id: uuidSchema, title: z.string(), fte: z.number() })),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "Capacity" });
export type Capacity = z.infer<typeof capacitySchema>;

/** The new position's id. */
export const createdPositionSchema = z.object({ id: z.uuid() });
/** How many months the assignment covers. */
export const assignmentResultSchema = z.object({ months: z.number().int() });
