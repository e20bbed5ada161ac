import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { packageFile } from "../package-root";
import { nameStatements } from "./named-statements";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the rest of the server sees, whichever driver runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: queries take this. */
export type Executor = Db | Tx;
export type DriverName = "pglite" | "postgres";

export const migrationsFolder = packageFile("src/server/platform/db/migrations");

export interface Database {
  readonly db: Db;
  readonly driver: DriverName;
  /** Plain SQL without parameters, several statements allowed (backup, tests, admin). */
  exec(sqlText: string): Promise<void>;
  /** Parameterised raw query; rows as plain objects. */
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  migrate(): Promise<void>;
  /** Flush everything to the data files (PGlite: CHECKPOINT); no-op cost on a server. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { driver: "postgres"; url: string; poolSize?: number }
  | { driver: "pglite"; dataDir?: string; instance?: PGlite };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.driver === "postgres" ? openPostgres(config) : openPglite(config);
}

async function openPglite(config: { dataDir?: string; instance?: PGlite }): Promise<Database> {
  const client = config.instance ?? (await PGlite.create({ dataDir: config.dataDir }));
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: "pglite",
    exec: async (text) => {
      await client.exec(text);
    },
    query: async <T>(text: string, params: unknown[] = []) =>
      (await client.query(text, params)).rows as T[],
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
    },
    checkpoint: async () => {
      await client.exec("CHECKPOINT");
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

async function openPostgres(config: { url: string; poolSize?: number }): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    application_name: "kurs",
  });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  // Each connection prepares a statement once and then runs it by name (./named-statements.ts).
  pool.on("connect", (client) => nameStatements(client));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: "postgres",
    exec: async (text) => {
      await pool.query(text);
    },
    query: async <T>(text: string, params: unknown[] = []) =>
      (await pool.query(text, params)).rows as T[],
    migrate: async () => {
      await migratePg(db as never, { migrationsFolder });
    },
    checkpoint: async () => {},
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
