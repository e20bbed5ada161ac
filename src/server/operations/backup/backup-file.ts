import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import type { DriverName } from "../../platform/db/database";

/**
 * The backup file: gzip-compressed JSON Lines.
 *   line 1             the header (JSON)
 *   "#table " + JSON   {name, columns, rows} before each table's rows
 *   "{…}"              one row per line, exactly as PostgreSQL's row_to_json wrote it
 *   "#end " + JSON     {tables, rows} – a file without it is incomplete
 * Rows are never parsed in JavaScript, so numbers, bigints and jsonb keep every digit.
 */
export const backupFormat = "kurs-backup";
export const backupFormatVersion = 1;

export interface BackupTableHeader {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupHeader {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  driver: DriverName;
  serverVersion: string;
  /** The newest migration applied to the copied database. */
  migration: { tag: string | null; when: number } | null;
  tables: BackupTableHeader[];
}

export type BackupRecord =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; table: BackupTableHeader }
  | { kind: "row"; table: string; json: string }
  | { kind: "end"; tables: number; rows: number };

/** A backup file that cannot be used; the message says why, in German. */
export class BackupFileError extends Error {
  constructor(file: string, reason: string) {
    super(`Die Sicherungsdatei ${file} ist nicht verwendbar: ${reason}`);
    this.name = "BackupFileError";
  }
}

/** The file's lines, decompressed on the fly; a damaged or cut-off gzip stream throws. */
async function* lines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = pipeline(createReadStream(file), gunzip, () => {});
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of source as AsyncIterable<Buffer>) {
    const parts = (rest + decoder.write(chunk)).split("\n");
    rest = parts.pop() ?? "";
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== "") yield rest;
}

function parseJson<T>(file: string, text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new BackupFileError(file, `${what} ist kein gültiges JSON.`);
  }
}

/**
 * Reads a backup file record by record and checks its structure as it goes: header first, every
 * table announced and followed by exactly as many rows as the header lists, the end marker last.
 * Any damage (gzip checksum, truncation, stray lines) throws a BackupFileError.
 */
export async function* readBackup(file: string): AsyncGenerator<BackupRecord> {
  let header: BackupHeader | null = null;
  let tableIndex = -1;
  let current: BackupTableHeader | null = null;
  let seenInTable = 0;
  let total = 0;
  let ended = false;
  const closeTable = () => {
    if (current && seenInTable !== current.rows) {
      throw new BackupFileError(
        file,
        `Tabelle ${current.name}: ${seenInTable} statt ${current.rows} Zeilen.`,
      );
    }
  };
  try {
    for await (const line of lines(file)) {
      if (ended) throw new BackupFileError(file, "Daten nach dem Dateiende-Vermerk.");
      if (!header) {
        header = parseJson<BackupHeader>(file, line, "Der Kopf");
        if (header?.format !== backupFormat) {
          throw new BackupFileError(file, "Das ist keine Kurs-Sicherung.");
        }
        if (header.formatVersion !== backupFormatVersion) {
          throw new BackupFileError(
            file,
            `Formatversion ${header.formatVersion} wird nicht unterstützt (erwartet: ${backupFormatVersion}).`,
          );
        }
        if (!Array.isArray(header.tables)) throw new BackupFileError(file, "Tabellenliste fehlt.");
        yield { kind: "header", header };
      } else if (line.startsWith("{")) {
        if (!current) throw new BackupFileError(file, "Zeile ohne Tabelle.");
        seenInTable++;
        total++;
        yield { kind: "row", table: current.name, json: line };
      } else if (line.startsWith("#table ")) {
        closeTable();
        const table = parseJson<BackupTableHeader>(file, line.slice(7), "Ein Tabellenkopf");
        const expected = header.tables[++tableIndex];
        if (!expected || expected.name !== table.name || expected.rows !== table.rows) {
          throw new BackupFileError(file, `Tabelle ${table.name} passt nicht zum Kopf.`);
        }
        current = expected;
        seenInTable = 0;
        yield { kind: "table", table: expected };
      } else if (line.startsWith("#end ")) {
        closeTable();
        const end = parseJson<{ tables: number; rows: number }>(file, line.slice(5), "Das Ende");
        if (tableIndex + 1 !== header.tables.length || end.tables !== header.tables.length) {
          throw new BackupFileError(file, "Es fehlen Tabellen.");
        }
        if (end.rows !== total) throw new BackupFileError(file, "Die Zeilenzahl stimmt nicht.");
        ended = true;
        yield { kind: "end", tables: end.tables, rows: end.rows };
      } else {
        throw new BackupFileError(file, "unbekannte Zeile.");
      }
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BackupFileError(file, "Die Datei gibt es nicht.");
    throw new BackupFileError(
      file,
      `sie ist beschädigt oder unvollständig (${(error as Error).message}).`,
    );
  }
  if (!header) throw new BackupFileError(file, "Die Datei ist leer.");
  if (!ended) throw new BackupFileError(file, "sie ist unvollständig (Dateiende-Vermerk fehlt).");
}

/** The whole file in memory: header and each table's rows (as JSON text). For checks and tests. */
export async function loadBackup(
  file: string,
): Promise<{ header: BackupHeader; rows: Map<string, string[]> }> {
  let header: BackupHeader | null = null;
  const rows = new Map<string, string[]>();
  for await (const record of readBackup(file)) {
    if (record.kind === "header") header = record.header;
    else if (record.kind === "table") rows.set(record.table.name, []);
    else if (record.kind === "row") rows.get(record.table)?.push(record.json);
  }
  if (!header) throw new BackupFileError(file, "Die Datei ist leer.");
  return { header, rows };
}
