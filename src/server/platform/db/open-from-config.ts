import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Database, openDatabase } from "./database";

/** The PGlite files live in a subfolder so that the lock file and backups sit beside them. */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, "pgdata");
}

/** Where the database is: a PostgreSQL URL, else PGlite files in the data folder (server config). */
export interface DatabaseLocation {
  databaseUrl: string | null;
  dataDir: string;
}

export async function openConfiguredDatabase(config: DatabaseLocation): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ driver: "postgres", url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({ driver: "pglite", dataDir: pgliteDir(config.dataDir) });
}
