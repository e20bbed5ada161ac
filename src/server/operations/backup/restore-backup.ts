import { sql } from "drizzle-orm";
import type { Database, Tx } from "../../platform/db/database";
import { latestShippedMigration, migrationsAreCurrent } from "../../platform/db/migrations-status";
import { BackupFileError, type BackupHeader, readBackup } from "./backup-file";
import { listTables, quoteIdent, rowsOf, type TableInfo } from "./catalog";

export interface RestoreSummary {
  file: string;
  rows: number;
  tables: number;
  durationMs: number;
}

/** The target database or the file does not allow a restore; nothing was changed. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

const batchSize = 1000;

/** Reads the whole file once: structure, counts and gzip checksum must hold before we write. */
async function verifiedHeader(file: string): Promise<BackupHeader> {
  let header: BackupHeader | null = null;
  for await (const record of readBackup(file)) {
    if (record.kind === "header") header = record.header;
  }
  if (!header) throw new BackupFileError(file, "Die Datei ist leer.");
  const shipped = latestShippedMigration();
  if (header.migration && (!shipped || header.migration.when > shipped.when)) {
    throw new RestoreRefusedError(
      `Die Sicherung stammt von einer neueren Kurs-Version (Migration ${header.migration.tag ?? header.migration.when}). ` +
        "Spielen Sie sie mit dieser oder einer neueren Version zurück.",
    );
  }
  return header;
}

function checkTargetTables(header: BackupHeader, target: Map<string, TableInfo>): void {
  for (const table of header.tables) {
    const existing = target.get(table.name);
    if (!existing) {
      throw new RestoreRefusedError(`Die Zieldatenbank hat keine Tabelle ${table.name}.`);
    }
    const missing = table.columns.filter((c) => !existing.columns.includes(c));
    if (missing.length > 0) {
      throw new RestoreRefusedError(
        `Die Tabelle ${table.name} der Zieldatenbank hat keine Spalte(n) ${missing.join(", ")}.`,
      );
    }
  }
}

async function nonEmptyTables(tx: Tx, tables: TableInfo[]): Promise<string[]> {
  const filled: string[] = [];
  for (const table of tables) {
    const [row] = await rowsOf<{ filled: boolean }>(
      tx,
      sql.raw(`select exists (select 1 from ${quoteIdent(table.name)}) as filled`),
    );
    if (row?.filled) filled.push(table.name);
  }
  return filled;
}

async function insertRows(tx: Tx, table: { name: string; columns: string[] }, rows: string[]) {
  if (rows.length === 0) return;
  const name = quoteIdent(table.name);
  const columns = table.columns.map(quoteIdent).join(", ");
  await tx.execute(
    sql`insert into ${sql.raw(name)} (${sql.raw(columns)}) overriding system value
        select ${sql.raw(columns)}
        from json_populate_recordset(null::${sql.raw(name)}, ${`[${rows.join(",")}]`}::json)`,
  );
}

/** Identity and serial sequences continue after the highest restored value. */
async function resetSequences(tx: Tx, tables: TableInfo[]): Promise<void> {
  for (const table of tables) {
    for (const { column, sequence } of table.sequences) {
      await tx.execute(
        sql`select setval(${sequence}, coalesce((select max(${sql.raw(quoteIdent(column))})
            from ${sql.raw(quoteIdent(table.name))}), 0) + 1, false)`,
      );
    }
  }
}

/**
 * Loads a backup into an empty, migrated database, all in one transaction: either every row is
 * there afterwards, or (any error, a damaged file, a non-empty target) nothing changed. Tables
 * load parents first; a table that references itself loads in one statement, because PostgreSQL
 * checks foreign keys at the end of each statement.
 */
export async function restoreBackup(database: Database, file: string): Promise<RestoreSummary> {
  const started = performance.now();
  const header = await verifiedHeader(file);
  if (!(await migrationsAreCurrent(database))) {
    throw new RestoreRefusedError(
      "Die Zieldatenbank ist nicht auf dem Stand dieser Kurs-Version. " +
        "Spielen Sie zuerst die Migrationen ein (npm run kurs -- migrate).",
    );
  }
  let rows = 0;
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local row_security = off`);
      const target = await listTables(tx);
      checkTargetTables(header, new Map(target.map((t) => [t.name, t])));
      const filled = await nonEmptyTables(tx, target);
      if (filled.length > 0) {
        throw new RestoreRefusedError(
          `Die Zieldatenbank ist nicht leer (Daten in: ${filled.join(", ")}). ` +
            "Eine Sicherung wird nur in eine leere, migrierte Datenbank zurückgespielt; " +
            "es wurde nichts verändert.",
        );
      }
      const selfReferencing = new Set(target.filter((t) => t.selfReferencing).map((t) => t.name));
      let current: { name: string; columns: string[] } | null = null;
      let batch: string[] = [];
      for await (const record of readBackup(file)) {
        if (record.kind === "table") {
          if (current) await insertRows(tx, current, batch);
          current = record.table;
          batch = [];
        } else if (record.kind === "row" && current) {
          batch.push(record.json);
          rows++;
          if (batch.length >= batchSize && !selfReferencing.has(current.name)) {
            await insertRows(tx, current, batch);
            batch = [];
          }
        }
      }
      if (current) await insertRows(tx, current, batch);
      await resetSequences(tx, target);
    });
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof BackupFileError) throw error;
    throw new Error(
      `Das Zurückspielen ist fehlgeschlagen; die Datenbank ist unverändert. (${(error as Error).message})`,
      { cause: error },
    );
  }
  return {
    file,
    rows,
    tables: header.tables.length,
    durationMs: Math.round(performance.now() - started),
  };
}
