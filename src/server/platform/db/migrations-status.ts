import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "./database";
import { migrationsFolder } from "./database";

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** The newest migration shipped with this code (its `when` stamp as drizzle records it). */
export function latestShippedMigration(): { tag: string; when: number } | null {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  ) as Journal;
  const last = journal.entries.at(-1);
  return last ? { tag: last.tag, when: last.when } : null;
}

/** True when every shipped migration has been applied to this database. */
export async function migrationsAreCurrent(database: Database): Promise<boolean> {
  const latest = latestShippedMigration();
  if (!latest) return true;
  try {
    const rows = await database.query<{ created_at: string | number }>(
      "select max(created_at) as created_at from drizzle.__drizzle_migrations",
    );
    const applied = Number(rows[0]?.created_at ?? 0);
    return applied >= latest.when;
  } catch {
    return false;
  }
}
