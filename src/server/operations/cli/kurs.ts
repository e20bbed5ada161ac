import { parseArgs } from "node:util";
import { loadConfig } from "../../config";
import { ledgerCommands, ledgerUsage } from "../../features/ledger/cli";
import { DataDirLockedError, lockDataDir } from "../../platform/db/data-dir-lock";
import type { Database } from "../../platform/db/database";
import { openConfiguredDatabase } from "../../platform/db/open-from-config";
import { tenantCommands, tenantUsage } from "../../platform/tenancy/cli";
import { oparlCommands } from "../../read-models/oparl/import/cli";
import { backupCommands } from "../backup/cli";
import { seedRotenburg } from "../seed/seed";
import { userCommands } from "./create-user";

const usage = `Kurs – Verwaltung auf der Kommandozeile

  npm run kurs -- migrate                 Datenbank-Migrationen einspielen
  npm run kurs -- seed [--no-examples]    Landkreis Rotenburg (Wümme) anlegen (idempotent);
                                          --no-examples ohne Beispiel-Ziele und -Empfehlungen
  npm run kurs -- backup DATEI            Konsistente Sicherung aller Daten in DATEI
  npm run kurs -- restore DATEI           Sicherung in eine leere Datenbank zurückspielen
  npm run kurs -- create-user --email ADRESSE --role admin|coordinator|partner|committee
                  [--name NAME] [--partner ORGANISATION] [--password-stdin]
                                          Konto anlegen; fragt nach dem Passwort oder liest es
                                          mit --password-stdin von der Standardeingabe
  npm run kurs -- break-glass --email ADRESSE
                                          Notfallkonto der Administration: meldet sich auch mit
                                          KURS_LOCAL_LOGIN=0 mit Passwort an
${tenantUsage}
${ledgerUsage}
  npm run kurs -- oparl import URL [--body BODY-URL] [--tenant SLUG]
                                          Gremien, Sitzungen und Vorlagen aus einem OParl-System
                                          (Ratsinformationssystem) übernehmen; wiederholbar

Datenbank: DATABASE_URL (PostgreSQL) oder eingebettetes PGlite in KURS_DATA_DIR (./data).`;

type Command = (
  database: Database,
  args: string[],
  flags: Record<string, unknown>,
) => Promise<void>;

const commands: Record<string, Command> = {
  ...backupCommands,
  ...userCommands,
  ...tenantCommands,
  ...oparlCommands,
  ...ledgerCommands,
  migrate: async (database) => {
    await database.migrate();
    console.log("Migrationen sind eingespielt.");
  },
  seed: async (database, _args, flags) => {
    await database.migrate();
    const result = await seedRotenburg(database.db, { examples: !flags["no-examples"] });
    console.log(
      result.created
        ? "Landkreis Rotenburg (Wümme) angelegt."
        : "Landkreis Rotenburg (Wümme) ist bereits angelegt; nichts geändert.",
    );
  },
};

async function runCli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      "no-examples": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      partner: { type: "string" },
      "password-stdin": { type: "boolean" },
      slug: { type: "string" },
      "disclosure-threshold": { type: "string" },
      municipalities: { type: "string" },
      logo: { type: "string" },
      ags: { type: "string" },
      "municipalities-csv": { type: "string" },
      "report-full-measures": { type: "string" },
      "stale-days": { type: "string" },
      "no-logo": { type: "boolean" },
      body: { type: "string" },
      tenant: { type: "string" },
    },
  });
  const [name, ...args] = positionals;
  const command = name ? commands[name] : undefined;
  if (!command || values.help) {
    console.log(usage);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  let release: () => void;
  try {
    release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(
      `\n${error.message}\n\nDer laufende Server sichert selbst: die neueste Sicherung liegt in ${config.backupDir}.\n`,
    );
    return 2;
  }
  const database = await openConfiguredDatabase(config);
  try {
    await command(database, args, values);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await database.checkpoint().catch(() => {});
    await database.close();
    release();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
