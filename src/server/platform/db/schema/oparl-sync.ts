import { jsonb, pgTable, primaryKey, text, timestamp, unique } from "drizzle-orm/pg-core";
import { oparlSchedules } from "../../../../domain/oparl-schedule";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { valueCheck } from "./value-check";

/** What the last run of an OParl import reported (counts per kind, left-out objects, conflicts). */
export interface OParlRunRecord {
  startedAt: string;
  finishedAt: string;
  /** Only what changed since the previous run (modified_since), or everything. */
  incremental: boolean;
  counts?: Record<
    string,
    { created: number; updated: number; unchanged: number; conflict: number }
  >;
  skipped?: string[];
  skippedTotal?: number;
  conflicts?: { paperId: string; oparlId: string; title: string }[];
  error?: string;
}

/**
 * The county's link to its council information system: where its OParl endpoint is
 * and how far the import has come. One row per county; `last_since` is when the last successful
 * run started — the next run asks only for what changed since (`modified_since`).
 */
export const oparlSync = pgTable(
  "oparl_sync",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    entryUrl: text("entry_url").notNull(),
    lastSince: timestamp("last_since", { withTimezone: true, mode: "string" }),
    lastRun: jsonb("last_run").$type<OParlRunRecord>(),
    /** The automatic sync: off, daily or weekly (domain/oparl-schedule.ts). */
    schedule: text("schedule", { enum: oparlSchedules }).notNull().default("off"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("oparl_sync_tenant_uq").on(t.tenantId),
    valueCheck("oparl_sync_schedule_ck", t.schedule, oparlSchedules),
  ],
);
