import {
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { tenantColumn } from "./columns";
import { tenant } from "./tenant";

/**
 * One row per Idempotency-Key a create route has seen (src/server/platform/http/idempotency.ts):
 * claimed before the work (status null), then the first answer. A retry with the same key and
 * body gets that answer again; a different body gets 409. Bookings keep their key on the
 * booking row itself (ledger/service.ts), checked under the fund's lock.
 */
export const idempotentRequest = pgTable(
  "idempotent_request",
  {
    tenantId: tenantColumn(),
    /** "POST /api/v1/measures": the route pattern, not the URL. */
    route: text("route").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of actor, path parameters and validated body. */
    requestHash: text("request_hash").notNull(),
    /** Null while the first request is still working. */
    statusCode: integer("status_code"),
    response: jsonb("response"),
    claimedAt: timestamp("claimed_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.route, t.key] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);
