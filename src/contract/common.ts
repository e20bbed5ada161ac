import { z } from "zod";
import { appLanguages } from "../domain/app-languages";
import { parseCalendarDate } from "../domain/dates";

export const uuidSchema = z.uuid();

/** The order of a sorted list (`order=asc|desc`). */
export const sortOrderSchema = z.enum(["asc", "desc"]);

/** A required one-line text (a title or name): trimmed, 1 to 300 characters. */
export const shortTextSchema = z.string().trim().min(1).max(300);
/** An optional text of at most `max` characters (trimmed; null or absent when not given). */
export const optionalTextSchema = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * A real calendar date as JJJJ-MM-TT (domain/dates.ts). An impossible date, in either notation
 * (31.02.2025), is named as a date that does not exist; anything else as the wrong format.
 */
export const calendarDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    const parsed = parseCalendarDate(value);
    if (parsed.kind === "date" && parsed.iso === value) return;
    if (parsed.kind === "invalid" && parsed.reason === "impossible")
      ctx.addIssue({ code: "custom", message: "invalidDate", input: value });
    else ctx.addIssue({ code: "invalid_format", format: "date", input: value });
  })
  .meta({ format: "date" });
export const isoDateSchema = calendarDateSchema;

/** RFC 9457 problem details, with every validation issue by path. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
    /** Ledger refusals: how many cents are missing for the booking to fit. */
    missingCents: z.number().int().optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;

export const idParamsSchema = z.object({ id: uuidSchema });

/**
 * `lang` of an image the web app embeds (a chart): the app's language, which an <img> request
 * cannot carry in Accept-Language (the browser sends its own). Wins over the header.
 */
export const chartLanguageSchema = z.enum(appLanguages).optional();
