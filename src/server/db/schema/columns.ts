import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Every row belongs to one county; tenant_id leads every key (Citus-ready). */
export const tenantColumn = () => uuid("tenant_id").notNull();
export const idColumn = () => uuid("id").notNull().default(sql`gen_random_uuid()`);
export const createdAtColumn = () =>
  timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
