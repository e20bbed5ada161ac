import { z } from "zod";
import { oparlSchedules } from "../domain/oparl-schedule";

/** The import from the county's council information system (OParl), as the admin page shows it. */

const counterSchema = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  conflict: z.int(),
});
export const importKinds = [
  "organizations",
  "meetings",
  "agendaItems",
  "papers",
  "consultations",
  "files",
] as const;
const countsSchema = z.object({
  ...(Object.fromEntries(importKinds.map((k) => [k, counterSchema])) as Record<
    Exclude<(typeof importKinds)[number], "files">,
    typeof counterSchema
  >),
  /** Files of papers (absent in runs recorded before files were imported). */
  files: counterSchema.optional(),
});

export const importPhases = ["system", "organizations", "meetings", "papers", "done"] as const;

export const oparlRunSchema = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  /** Only what changed since the previous run (modified_since), or everything. */
  incremental: z.boolean(),
  counts: countsSchema.optional(),
  /** Left out, with the reason (at most the first 50). */
  skipped: z.array(z.string()).optional(),
  skippedTotal: z.int().optional(),
  /** Papers edited in Kurs and changed at the source: not overwritten. */
  conflicts: z
    .array(z.object({ paperId: z.uuid(), oparlId: z.string(), title: z.string() }))
    .optional(),
  error: z.string().optional(),
});

export const oparlSyncSchema = z
  .object({
    /** The OParl entry point (System or Body URL); null until the admin sets one. */
    entryUrl: z.string().nullable(),
    /** The next run asks only for what changed since then; null: the next run reads everything. */
    lastSince: z.string().nullable(),
    lastRun: oparlRunSchema.nullable(),
    /** The automatic sync: off, daily or weekly (the server starts a due run by itself). */
    schedule: z.enum(oparlSchedules),
    /** A run in progress: its phase, page and counts so far. */
    running: z
      .object({
        startedAt: z.string(),
        incremental: z.boolean(),
        phase: z.enum(importPhases),
        page: z.int().nullable(),
        totalPages: z.int().nullable(),
        counts: countsSchema,
      })
      .nullable(),
  })
  .meta({ id: "OParlSync" });
export type OParlSync = z.infer<typeof oparlSyncSchema>;

/** The address as typed: the server checks it and names the field (422). */
export const oparlSyncInputSchema = z.strictObject({ entryUrl: z.string().trim().max(2000) });

/** The automatic sync as chosen on the page. */
export const oparlScheduleInputSchema = z.strictObject({ schedule: z.enum(oparlSchedules) });

export const oparlRunInputSchema = z.strictObject({
  /** Read everything again instead of only what changed. */
  full: z.boolean().default(false),
});
