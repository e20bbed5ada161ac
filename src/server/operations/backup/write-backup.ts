import { createWriteStream, mkdirSync } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database, Tx } from "../../platform/db/database";
import {
  type BackupHeader,
  type BackupTableHeader,
  backupFormat,
  backupFormatVersion,
} from "./backup-file";
import { listTables, quoteIdent, rowsOf, type TableInfo } from "./catalog";
import { appliedMigration } from "./migration-level";

export interface BackupSummary {
  file: string;
  bytes: number;
  rows: number;
  tables: BackupTableHeader[];
  durationMs: number;
}

const fetchSize = 2000;

/** Output settings that make row_to_json write the same text on every server and driver. */
async function fixOutputSettings(tx: Tx): Promise<void> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local bytea_output = 'hex'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
  // Never a silently filtered copy: if row-level security applied to us, fail instead.
  await tx.execute(sql`set local row_security = off`);
}

function orderBy(table: TableInfo): string {
  const keys = table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdent) : ["t"];
  return keys.map((k) => `${k}::text collate "C"`).join(", ");
}

/** Each table's rows, batch by batch, read through a cursor of the snapshot transaction. */
async function* backupLines(
  tx: Tx,
  header: BackupHeader,
  tables: TableInfo[],
): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  let total = 0;
  for (const [index, table] of tables.entries()) {
    const announced = header.tables[index] as BackupTableHeader;
    yield `#table ${JSON.stringify(announced)}\n`;
    const columns = table.columns.map(quoteIdent).join(", ");
    await tx.execute(
      sql.raw(
        `declare kurs_backup no scroll cursor for
         select row_to_json(r)::text as j
         from (select ${columns} from ${quoteIdent(table.name)} t order by ${orderBy(table)}) r`,
      ),
    );
    let written = 0;
    for (;;) {
      const batch = await rowsOf<{ j: string }>(
        tx,
        sql.raw(`fetch forward ${fetchSize} from kurs_backup`),
      );
      if (batch.length === 0) break;
      // A json (not jsonb) column may keep line breaks between tokens; one row must be one line.
      yield `${batch.map((r) => r.j.replace(/[\r\n]+/g, " ")).join("\n")}\n`;
      written += batch.length;
    }
    await tx.execute(sql`close kurs_backup`);
    if (written !== announced.rows) {
      throw new Error(`Tabelle ${table.name}: ${written} statt ${announced.rows} Zeilen gelesen.`);
    }
    total += written;
  }
  yield `#end ${JSON.stringify({ tables: tables.length, rows: total })}\n`;
}

/**
 * Writes a consistent copy of every application table to `file` (gzip, JSON Lines; see
 * backup-file.ts): one REPEATABLE READ, READ ONLY transaction, so the copy is one snapshot even
 * while others write. The file appears complete or not at all (written to FILE.tmp, fsynced,
 * renamed).
 */
export async function writeBackup(
  database: Database,
  file: string,
  now: () => Date = () => new Date(),
): Promise<BackupSummary> {
  const started = performance.now();
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  let header: BackupHeader | null = null;
  try {
    await database.db.transaction(
      async (tx) => {
        await fixOutputSettings(tx);
        const tables = await listTables(tx);
        const counts: BackupTableHeader[] = [];
        for (const table of tables) {
          const [row] = await rowsOf<{ n: string | number }>(
            tx,
            sql.raw(`select count(*) as n from ${quoteIdent(table.name)}`),
          );
          counts.push({ name: table.name, columns: table.columns, rows: Number(row?.n ?? 0) });
        }
        const [version] = await rowsOf<{ v: string }>(tx, sql`select version() as v`);
        header = {
          format: backupFormat,
          formatVersion: backupFormatVersion,
          createdAt: now().toISOString(),
          driver: database.driver,
          serverVersion: version?.v ?? "",
          migration: await appliedMigration(tx),
          tables: counts,
        };
        await pipeline(
          Readable.from(backupLines(tx, header, tables)),
          createGzip({ level: 6 }),
          createWriteStream(tmp),
        );
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    await syncFile(tmp);
    await rename(tmp, file);
    await syncDirectory(dirname(file));
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  const tables = (header as BackupHeader | null)?.tables ?? [];
  return {
    file,
    bytes: (await stat(file)).size,
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    tables,
    durationMs: Math.round(performance.now() - started),
  };
}

/** fsync: the data is on disk, not just in the page cache, before the file gets its name. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable (the directory entry), where the platform allows it. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // some file systems refuse fsync on directories
  } finally {
    await handle.close();
  }
}
