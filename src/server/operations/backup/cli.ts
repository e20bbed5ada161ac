import { resolve } from "node:path";
import type { Database } from "../../platform/db/database";
import { restoreBackup } from "./restore-backup";
import { writeBackup } from "./write-backup";

function fileArgument(args: string[], command: string): string {
  const [file] = args;
  if (!file) throw new Error(`Bitte eine Datei angeben: npm run kurs -- ${command} DATEI`);
  return resolve(file);
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(2).replace(".", ",");

/** The `backup` and `restore` sub-commands of `npm run kurs` (cli/kurs.ts lists them). */
export const backupCommands: Record<string, (database: Database, args: string[]) => Promise<void>> =
  {
    backup: async (database, args) => {
      const file = fileArgument(args, "backup");
      const summary = await writeBackup(database, file);
      console.log(
        `Sicherung geschrieben: ${summary.file}\n` +
          `  ${summary.rows} Zeilen aus ${summary.tables.length} Tabellen, ` +
          `${megabytes(summary.bytes)} MB, ${summary.durationMs} ms`,
      );
    },
    restore: async (database, args) => {
      const file = fileArgument(args, "restore");
      // A new database (fresh PostgreSQL, new PGlite directory) gets its tables first.
      await database.migrate();
      const summary = await restoreBackup(database, file);
      console.log(
        `Sicherung zurückgespielt: ${summary.file}\n` +
          `  ${summary.rows} Zeilen in ${summary.tables} Tabellen, ${summary.durationMs} ms`,
      );
    },
  };
