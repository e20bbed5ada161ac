import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, type DriverName, openDatabase } from "../server/platform/db/database";
import { adminUrl } from "./postgres-names";

export interface TestDatabase extends Database {
  /** The connection URL (PostgreSQL only), e.g. to start a server process on it. */
  readonly url: string | null;
}

/** The driver this test project runs on (KURS_TEST_DRIVER, set by vitest.config.ts). */
export function testDriver(): DriverName {
  return process.env.KURS_TEST_DRIVER === "postgres" ? "postgres" : "pglite";
}

/**
 * A fresh database of its own for one test file (or test): a copy of the migrated template,
 * seeded with the Rotenburg case unless `seeded: false`. Closing it drops it.
 */
export async function createTestDatabase(
  options: { seeded?: boolean } = {},
): Promise<TestDatabase> {
  const kind = options.seeded === false ? "empty" : "seeded";
  if (testDriver() === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    const template = inject("postgresTemplates")[kind];
    const name = `${template.replace(/_tpl_.*$/, "")}_${randomBytes(5).toString("hex")}`;
    const admin = await openDatabase({ driver: "postgres", url, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const testUrl = adminUrl(url, name);
    const database = await openDatabase({ driver: "postgres", url: testUrl, poolSize: 20 });
    return {
      ...database,
      url: testUrl,
      close: async () => {
        await database.close();
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  const file = inject("pgliteTemplates")[kind];
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  const database = await openDatabase({ driver: "pglite", instance: client });
  return { ...database, url: null };
}
