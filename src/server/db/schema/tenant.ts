import { sql } from "drizzle-orm";
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn } from "./columns";

/** A county (Landkreis; OParl Body). */
export const tenant = pgTable("tenant", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
  disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "string" }),
  createdAt: createdAtColumn(),
});
