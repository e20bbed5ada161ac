import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { Database } from "../db/database";
import { readTable } from "../tabular/read-table";
import { checkMunicipalityTable } from "./municipality-table";
import {
  createTenant,
  listTenants,
  setTenantDisabled,
  TenantInputError,
  updateTenant,
} from "./tenants";

export const tenantUsage = `  npm run kurs -- tenant create --name NAME --slug KÜRZEL [--ags 5 ZIFFERN]
                  [--municipalities-csv DATEI.csv|.xlsx] [--municipalities "A;B;C"]
                  [--disclosure-threshold N] [--logo DATEI.png|.svg]
                                          Landkreis anlegen: leer (ohne Beispieldaten), mit
                                          Standard-Maßnahmenarten und den Kommunen aus der
                                          Datei (Spalten „Name“ und „AGS“, 8 Ziffern, die mit
                                          --ags beginnen)
  npm run kurs -- tenant list             Alle Landkreise mit Status
  npm run kurs -- tenant set --slug KÜRZEL [--name NAME] [--disclosure-threshold N]
                  [--municipalities "A;B"] [--logo DATEI|--no-logo]
                  [--report-full-measures N] [--stale-days N]
                                          Einstellungen ändern (Kommunen werden ergänzt;
                                          Maßnahmen ausführlich im Bericht, Standard 20;
                                          Ampel veraltet nach N Tagen, Standard: Berichtszyklus)
  npm run kurs -- tenant disable|enable --slug KÜRZEL
                                          Landkreis sperren (API antwortet 403) / wieder freigeben`;

function logoFrom(flags: Record<string, unknown>) {
  if (flags["no-logo"]) return null;
  if (typeof flags.logo !== "string") return undefined;
  const ext = extname(flags.logo).toLowerCase();
  const mediaType = ext === ".svg" ? "image/svg+xml" : ext === ".png" ? "image/png" : null;
  if (!mediaType) throw new TenantInputError("logo: nur .png oder .svg");
  return { mediaType, dataBase64: readFileSync(flags.logo).toString("base64") } as const;
}

const text = (v: unknown) => (typeof v === "string" ? v : undefined);
const list = (v: unknown) =>
  typeof v === "string"
    ? v
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const threshold = (v: unknown) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new TenantInputError("disclosure-threshold: ganze Zahl 1–100");
  return n;
};

const whole = (v: unknown, name: string) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new TenantInputError(`${name}: ganze Zahl ≥ 0`);
  return n;
};

/** The municipalities of a CSV or XLSX file (columns Name, AGS); every problem is named. */
async function municipalitiesFrom(file: unknown, agsPrefix: string | undefined) {
  if (typeof file !== "string") return [];
  const xlsx = extname(file).toLowerCase() === ".xlsx";
  const table = await readTable(
    xlsx
      ? { format: "xlsx", content: readFileSync(file).toString("base64") }
      : { format: "csv", content: readFileSync(file, "utf8") },
  );
  const checked = checkMunicipalityTable(table, agsPrefix);
  if (checked.missingColumns.length)
    throw new TenantInputError(`${file}: Spalte „Name“ fehlt (Kopfzeile: Name;AGS).`);
  const problems = checked.rows.flatMap((r) =>
    r.problems.map((p) => `  Zeile ${r.row}, ${p.column}: ${municipalityProblemText[p.code]}`),
  );
  if (problems.length)
    throw new TenantInputError(`${file}: nichts angelegt.\n${problems.join("\n")}`);
  return checked.rows.map(({ name, ags }) => ({ name, ags }));
}

const municipalityProblemText: Record<string, string> = {
  "municipality.nameMissing": "Name fehlt",
  "municipality.duplicate": "Name steht doppelt in der Datei",
  "ags.format": "AGS hat nicht genau 8 Ziffern",
  "ags.prefix": "AGS beginnt nicht mit dem Schlüssel des Landkreises (--ags)",
};

async function tenantCommand(
  database: Database,
  args: string[],
  flags: Record<string, unknown>,
): Promise<void> {
  const [sub] = args;
  await database.migrate();
  const actor = "cli:tenant";
  const slug = text(flags.slug);
  try {
    if (sub === "list") {
      const rows = await listTenants(database.db);
      console.log("Kürzel\tStatus\tKommunen\tKonten\tMaßnahmen\tName");
      for (const r of rows) {
        console.log(
          [
            r.slug,
            r.disabledAt ? "gesperrt" : "aktiv",
            r.municipalities,
            r.users,
            r.measures,
            r.name,
          ].join("\t"),
        );
      }
      return;
    }
    if (!slug) throw new TenantInputError(`Aufruf:\n${tenantUsage}`);
    if (sub === "create") {
      const row = await createTenant(
        database.db,
        {
          slug,
          name: text(flags.name) ?? "",
          disclosureThreshold: threshold(flags["disclosure-threshold"]) ?? 3,
          agsPrefix: text(flags.ags) ?? null,
          municipalities: [
            ...(list(flags.municipalities) ?? []),
            ...(await municipalitiesFrom(flags["municipalities-csv"], text(flags.ags))),
          ],
          logo: logoFrom(flags) ?? null,
        },
        actor,
      );
      console.log(
        `Landkreis angelegt: ${row.slug} (${row.name}), id ${row.id}. Ohne Beispieldaten; erstes Konto: KURS_TENANT=${row.slug} npm run kurs -- create-user --email … --role admin`,
      );
    } else if (sub === "disable" || sub === "enable") {
      await setTenantDisabled(database.db, slug, sub === "disable", actor);
      console.log(
        sub === "disable"
          ? `Landkreis ${slug} ist gesperrt.`
          : `Landkreis ${slug} ist freigegeben.`,
      );
    } else if (sub === "set") {
      await updateTenant(
        database.db,
        slug,
        {
          name: text(flags.name),
          disclosureThreshold: threshold(flags["disclosure-threshold"]),
          logo: logoFrom(flags),
          addMunicipalities: list(flags.municipalities),
          reportFullMeasures: whole(flags["report-full-measures"], "report-full-measures"),
          measureStaleDays: whole(flags["stale-days"], "stale-days"),
        },
        actor,
      );
      console.log(`Einstellungen von ${slug} gespeichert.`);
    } else {
      throw new TenantInputError(`Aufruf:\n${tenantUsage}`);
    }
  } catch (error) {
    if (error instanceof TenantInputError) throw new Error(error.message);
    throw error;
  }
}

export const tenantCommands = { tenant: tenantCommand };
