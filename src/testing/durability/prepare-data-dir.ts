import { seedRotenburg } from "../../server/operations/seed/seed";
import { createUser } from "../../server/platform/auth/accounts";
import { lockDataDir } from "../../server/platform/db/data-dir-lock";
import { openDatabase } from "../../server/platform/db/database";
import { pgliteDir } from "../../server/platform/db/open-from-config";
import { tenantDb } from "../../server/platform/db/tenant-scope";
import { resolveDefaultTenant } from "../../server/platform/tenancy/request-context";

export interface Credentials {
  email: string;
  password: string;
}

/**
 * Makes a new PGlite data directory ready for the durability runs, with no server running:
 * migrated, seeded, and with a coordinator account (concept writes need one).
 */
export async function prepareDataDir(dataDir: string): Promise<Credentials> {
  const release = lockDataDir(dataDir);
  const database = await openDatabase({ driver: "pglite", dataDir: pgliteDir(dataDir) });
  try {
    await database.migrate();
    await seedRotenburg(database.db, { examples: true });
    const tenantId = await resolveDefaultTenant(database.db);
    if (!tenantId) throw new Error("seed created no tenant");
    const credentials = {
      email: "koordination@example.org",
      password: "Dauerhaftigkeit-Probe-2026!",
    };
    await createUser(
      tenantDb(database.db, tenantId),
      { ...credentials, role: "coordinator", displayName: "Durability" },
      { actor: "durability-check" },
    );
    await database.checkpoint();
    return credentials;
  } finally {
    await database.close();
    release();
  }
}
