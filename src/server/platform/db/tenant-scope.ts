import { sql } from "drizzle-orm";
import { DomainError } from "../../../domain/errors";
import type { Db, Tx } from "./database";

/**
 * Database access for one county. Every call runs in a transaction as the non-owner role
 * kurs_app with app.tenant_id set, so PostgreSQL's row-level security admits only this tenant's
 * rows (on PGlite the same policies apply). Queries still filter by tenant_id themselves.
 * A disabled county is refused here (403), in the same statement that sets the tenant, so that
 * every process sees `npm run kurs -- tenant disable` at once and no request pays a round trip.
 */
export interface TenantDb {
  readonly tenantId: string;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export function tenantDb(db: Db, tenantId: string): TenantDb {
  return {
    tenantId,
    transaction: (work) =>
      db.transaction(async (tx) => {
        // One round trip: the tenant for row-level security, the role kurs_app for the rest of
        // the transaction (set_config('role', …, true) is SET LOCAL ROLE), and whether the county
        // is disabled. Privileges and policies are checked when the statement starts, still as
        // the owner, so the tenant row is read without row-level security.
        const result = (await tx.execute(
          sql`select (select disabled_at is not null from tenant where id = ${tenantId}::uuid) as disabled,
                     set_config('app.tenant_id', ${tenantId}, true) as tenant,
                     set_config('role', 'kurs_app', true) as role`,
        )) as unknown as { rows: { disabled: boolean | null }[] };
        if (result.rows[0]?.disabled) throw new DomainError("forbidden", "tenant.disabled");
        return work(tx);
      }),
  };
}
