/**
 * Writes sample committee reports to look at (not a benchmark): Rotenburg's (PGlite, seeded with
 * its examples and the renderers' indicator fixture) and, given a PostgreSQL server, the large
 * synthetic county's, each as PDF and DOCX, with their page counts.
 *   npx tsx bench/report-samples.ts OUT_DIR [POSTGRES_SERVER_URL]
 * Then e.g. `pdftoppm -png -r 60 OUT_DIR/rotenburg.pdf OUT_DIR/rotenburg` and, for the DOCX,
 * `soffice --headless --convert-to pdf`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { seedRotenburg } from "../src/server/operations/seed/seed";
import type { Database } from "../src/server/platform/db/database";
import { committee, tenant } from "../src/server/platform/db/schema";
import { tenantDb } from "../src/server/platform/db/tenant-scope";
import { buildSnapshot } from "../src/server/read-models/committee-reports/build-snapshot";
import { renderReportDocx } from "../src/server/renderers/reports/report-docx";
import { exampleIndicators } from "../src/server/renderers/reports/report-fixture";
import { renderReportPdf } from "../src/server/renderers/reports/report-pdf";
import { largeSlug, loadLargeCounty } from "./lib/data";
import { createPgliteDatabase, createPostgresDatabase } from "./lib/kurs";

async function write(database: Database, tenantId: string, out: string, name: string) {
  const [social] = await database.db
    .select()
    .from(committee)
    .where(and(eq(committee.tenantId, tenantId), eq(committee.kind, "specialistCommittee")));
  if (!social) throw new Error("committee missing");
  const snapshot = await tenantDb(database.db, tenantId).transaction((tx) =>
    buildSnapshot(tx, tenantId, {
      title: "Sachstandsbericht Integrationskonzept",
      committee: { id: social.id, name: social.name },
      period: { from: "2024-07-01", to: "2024-12-31" },
      asOf: "2025-01-10",
      publicSession: false,
      introText: "",
      closingText: "",
      proposedResolution: "Der Ausschuss nimmt den Bericht zur Kenntnis.",
      meeting: { name: `Sitzung des ${social.name}`, date: "2025-01-30" },
      paper: null,
    }),
  );
  if (snapshot.indicators.status === "noData") snapshot.indicators = exampleIndicators();
  const pdf = join(out, `${name}.pdf`);
  writeFileSync(pdf, await renderReportPdf(snapshot));
  writeFileSync(join(out, `${name}.docx`), await renderReportDocx(snapshot));
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1];
  console.log(`${name}: ${pages} pages (PDF)`);
}

const out = process.argv[2];
if (!out) throw new Error("usage: npx tsx bench/report-samples.ts OUT_DIR [POSTGRES_SERVER_URL]");
mkdirSync(out, { recursive: true });
const small = await createPgliteDatabase();
try {
  const { tenantId } = await seedRotenburg(small.database.db, { examples: true });
  await write(small.database, tenantId, out, "rotenburg");
} finally {
  await small.drop();
}
const serverUrl = process.argv[3];
if (serverUrl) {
  const large = await createPostgresDatabase(serverUrl, "report_samples");
  try {
    await loadLargeCounty(large.database);
    const [row] = await large.database.db.select().from(tenant).where(eq(tenant.slug, largeSlug));
    if (!row) throw new Error("large county missing");
    await write(large.database, row.id, out, "large-county");
  } finally {
    await large.drop();
  }
}
