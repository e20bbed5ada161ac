import { sql } from "drizzle-orm";
import { customType, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every row belongs to one county; tenant_id leads every key (Citus-ready). */
export const tenantColumn = () => uuid("tenant_id").notNull();
export const idColumn = () => uuid("id").notNull().default(sql`gen_random_uuid()`);
export const createdAtColumn = () =>
  timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();

/** Binary content; PGlite answers Uint8Array, node-postgres Buffer: both become Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});
