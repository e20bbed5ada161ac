import { sql } from "drizzle-orm";
import type { Db, Tx } from "./database";

/**
 * Database access for one county. Every call runs in a transaction as the non-owner role
 * kurs_app with app.tenant_id set, so PostgreSQL's row-level security admits only this tenant's
 * rows (on PGlite the same policies apply). Queries still filter by tenant_id themselves.
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
        await tx.execute(sql`set local role kurs_app`);
        await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
        return work(tx);
      }),
  };
}
