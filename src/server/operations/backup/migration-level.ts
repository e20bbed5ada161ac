import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { migrationsFolder } from "../../platform/db/database";
import { rowsOf } from "./catalog";

export interface MigrationLevel {
  /** drizzle's `when` stamp of the newest applied migration (what __drizzle_migrations records). */
  when: number;
  /** Its tag from the shipped journal; null when this code does not know it (a newer release). */
  tag: string | null;
}

function shippedMigrations(): { tag: string; when: number }[] {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  ) as { entries: { tag: string; when: number }[] };
  return journal.entries;
}

/** The newest migration applied to this database, or null when it was never migrated. */
export async function appliedMigration(executor: Executor): Promise<MigrationLevel | null> {
  const [table] = await rowsOf<{ t: string | null }>(
    executor,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!table?.t) return null;
  const [row] = await rowsOf<{ when: string | number | null }>(
    executor,
    sql`select max(created_at) as when from drizzle.__drizzle_migrations`,
  );
  if (row?.when === null || row?.when === undefined) return null;
  const when = Number(row.when);
  return { when, tag: shippedMigrations().find((m) => m.when === when)?.tag ?? null };
}
