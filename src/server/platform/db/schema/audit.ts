import {
  bigint,
  foreignKey,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumn } from "./columns";
import { tenant } from "./tenant";

/** Append-only record of every write: who, when, what, before/after. */
export const auditEvent = pgTable(
  "audit_event",
  {
    tenantId: tenantColumn(),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);
