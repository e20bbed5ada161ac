import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { defaultPaperDeadlineDays, paperDeadlineRange } from "../../../../domain/paper-deadline";
import { createdAtColumn } from "./columns";

/** A county (Landkreis; OParl Body). */
export const tenant = pgTable(
  "tenant",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAtColumn(),
    /** Vorlagenfrist: days before a meeting its papers must be with the committee office. */
    paperDeadlineDays: integer("paper_deadline_days").notNull().default(defaultPaperDeadlineDays),
  },
  (t) => [
    check(
      "tenant_paper_deadline_ck",
      sql`${t.paperDeadlineDays} between ${sql.raw(String(paperDeadlineRange.min))} and ${sql.raw(String(paperDeadlineRange.max))}`,
    ),
  ],
);
