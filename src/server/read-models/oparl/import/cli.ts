import type { Database } from "../../../platform/db/database";
import { tenantDb } from "../../../platform/db/tenant-scope";
import { resolveDefaultTenant } from "../../../platform/tenancy/request-context";
import { httpOParlReader } from "./client";
import { type ImportCounts, type ImportProgress, importOParl } from "./service";

const phaseNames: Record<ImportProgress["phase"], string> = {
  system: "System und Körperschaft",
  organizations: "Gremien",
  meetings: "Sitzungen",
  papers: "Vorlagen",
  done: "fertig",
};

const kindNames: Record<keyof ImportCounts, string> = {
  organizations: "Gremien",
  meetings: "Sitzungen",
  agendaItems: "Tagesordnungspunkte",
  papers: "Vorlagen",
  consultations: "Beratungsschritte",
  files: "Dateien",
};

function progressLine(p: ImportProgress): string {
  const of = p.totalPages && p.page && p.totalPages >= p.page ? ` von ${p.totalPages}` : "";
  const page = p.page ? ` – Seite ${p.page}${of}` : "";
  const c = p.counts;
  return `${phaseNames[p.phase]}${page} (Gremien ${c.organizations.created + c.organizations.updated + c.organizations.unchanged}, Sitzungen ${c.meetings.created + c.meetings.updated + c.meetings.unchanged}, Vorlagen ${c.papers.created + c.papers.updated + c.papers.unchanged})`;
}

/** `npm run kurs -- oparl import URL [--body BODY-URL] [--tenant SLUG]` */
export const oparlCommands = {
  oparl: async (database: Database, args: string[], flags: Record<string, unknown>) => {
    const [sub, url] = args;
    if (sub !== "import" || !url) {
      throw new Error("Aufruf: npm run kurs -- oparl import URL [--body BODY-URL] [--tenant SLUG]");
    }
    await database.migrate();
    const slug = typeof flags.tenant === "string" ? flags.tenant : undefined;
    const tenantId = await resolveDefaultTenant(database.db, slug);
    if (!tenantId) throw new Error(`Kein Landkreis ${slug ?? ""} angelegt (npm run kurs -- seed).`);
    const result = await importOParl(
      tenantDb(database.db, tenantId),
      // The operator types the address at the shell: a system in the own network is fine.
      httpOParlReader({ allowPrivateNetworks: true }),
      url,
      {
        actor: "cli:oparl-import",
        bodyId: typeof flags.body === "string" ? flags.body : undefined,
        onProgress: (p) => console.log(progressLine(p)),
      },
    );
    console.log(`\nImport aus ${result.body.name}:`);
    for (const [kind, c] of Object.entries(result.counts) as [
      keyof ImportCounts,
      ImportCounts[keyof ImportCounts],
    ][]) {
      console.log(
        `  ${kindNames[kind]}: ${c.created} neu, ${c.updated} geändert, ${c.unchanged} unverändert${c.conflict ? `, ${c.conflict} Konflikt(e)` : ""}`,
      );
    }
    if (result.conflicts.length > 0) {
      console.log(
        `\nIn Kurs bearbeitet und in der Quelle geändert, nicht überschrieben (${result.conflicts.length}):`,
      );
      for (const c of result.conflicts) console.log(`  ${c.title} (${c.oparlId})`);
    }
    if (result.skipped.length > 0) {
      console.log(`\nAusgelassen (${result.skipped.length}):`);
      for (const line of result.skipped) console.log(`  ${line}`);
    }
  },
};
