/**
 * Benchmark scenario (not a timed test): generating a committee report — the draft's snapshot
 * (all sections from the database), then its PDF and DOCX — repeated, for the seeded county
 * (Rotenburg with its examples) and, on PostgreSQL, for the large synthetic county (2,000
 * measures, 200,000 bookings). Neither seed holds approved indicators yet, so the snapshot gets
 * the three indicators of the renderers' fixture (with their series-vs-target charts) before it
 * is rendered: the files are as heavy as a report with charts. Each county gets its own database
 * (created and dropped by the harness helpers), never the server's own.
 * Runs on its own: npx tsx bench/scenarios/report-generation.ts [POSTGRES_SERVER_URL]
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { and, eq } from "drizzle-orm";
import { buildSnapshot } from "../../src/server/committee-reports/build-snapshot";
import type { Database } from "../../src/server/db/database";
import { committee, tenant } from "../../src/server/db/schema";
import { tenantDb } from "../../src/server/db/tenant-scope";
import { renderReportDocx } from "../../src/server/reports/report-docx";
import { exampleIndicators } from "../../src/server/reports/report-fixture";
import { renderReportPdf } from "../../src/server/reports/report-pdf";
import { seedRotenburg } from "../../src/server/seed/seed";
import { largeSlug, loadLargeCounty } from "../lib/data";
import { type BenchDatabase, createPgliteDatabase, createPostgresDatabase } from "../lib/kurs";
import type { BenchContext, Scenario, ScenarioResult } from "../scenario";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function measure(
  database: Database,
  tenantId: string,
  label: string,
  rounds: number,
  log: (l: string) => void,
) {
  const scope = tenantDb(database.db, tenantId);
  const [social] = await database.db
    .select()
    .from(committee)
    .where(and(eq(committee.tenantId, tenantId), eq(committee.kind, "specialistCommittee")));
  if (!social) throw new Error("seed committee missing");
  const times = {
    snapshot: [] as number[],
    pdf: [] as number[],
    docx: [] as number[],
    total: [] as number[],
  };
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const snapshot = await scope.transaction((tx) =>
      buildSnapshot(tx, tenantId, {
        title: "Sachstandsbericht Integrationskonzept",
        committee: { id: social.id, name: social.name },
        period: { from: "2024-07-01", to: "2024-12-31" },
        asOf: "2025-01-10",
        publicSession: false,
        introText: "",
        closingText: "",
        proposedResolution: null,
      }),
    );
    if (snapshot.indicators.status === "noData") snapshot.indicators = exampleIndicators();
    const t1 = performance.now();
    await renderReportPdf(snapshot);
    const t2 = performance.now();
    await renderReportDocx(snapshot);
    const t3 = performance.now();
    times.snapshot.push(t1 - t0);
    times.pdf.push(t2 - t1);
    times.docx.push(t3 - t2);
    times.total.push(t3 - t0);
    log(`${label}, round ${i + 1}: ${round(t3 - t0)} ms`);
  }
  const row = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      label,
      metrics: { "p50 ms": round(percentile(sorted, 50)), "max ms": round(sorted.at(-1) ?? 0) },
    };
  };
  return [
    row(`${label}: snapshot`, times.snapshot),
    row(`${label}: PDF with 3 charts (pdfmake)`, times.pdf),
    row(`${label}: DOCX with 3 charts (docx)`, times.docx),
    row(`${label}: draft + PDF + DOCX`, times.total),
  ];
}

async function seeded(
  bench: BenchDatabase,
  label: string,
  rounds: number,
  log: (l: string) => void,
) {
  try {
    const { tenantId } = await seedRotenburg(bench.database.db, { examples: true });
    return await measure(bench.database, tenantId, label, rounds, log);
  } finally {
    await bench.drop();
  }
}

async function large(bench: BenchDatabase, rounds: number, log: (l: string) => void) {
  try {
    const t0 = performance.now();
    await loadLargeCounty(bench.database);
    log(`large county loaded in ${Math.round(performance.now() - t0)} ms`);
    const [row] = await bench.database.db.select().from(tenant).where(eq(tenant.slug, largeSlug));
    if (!row) throw new Error("large county missing");
    return await measure(bench.database, row.id, "large county, PostgreSQL", rounds, log);
  } finally {
    await bench.drop();
  }
}

const scenario: Scenario = {
  name: "report-generation",
  summary:
    "Committee report (snapshot from the database, PDF and DOCX with 3 indicator charts) for the seeded county and the large county",
  async run(context: BenchContext): Promise<ScenarioResult> {
    const rounds = Math.max(3, Math.min(20, context.seconds));
    const rows = await seeded(
      await createPgliteDatabase(),
      "Rotenburg, PGlite",
      rounds,
      context.log,
    );
    if (context.postgresUrl) {
      rows.push(
        ...(await seeded(
          await createPostgresDatabase(context.postgresUrl, "report_seed"),
          "Rotenburg, PostgreSQL",
          rounds,
          context.log,
        )),
        ...(await large(
          await createPostgresDatabase(context.postgresUrl, "report_large"),
          rounds,
          context.log,
        )),
      );
    }
    return {
      rows,
      notes: `${rounds} rounds per county after migrate + seed; the first round of each includes warm-up. Indicators: the fixture's three (quarterly, yearly, monthly series against targets), since neither seed has approved indicators.${context.postgresUrl ? "" : " PostgreSQL skipped."}`,
    };
  },
};
export default scenario;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await scenario.run({
    postgresUrl: process.argv[2] ?? null,
    seconds: 10,
    log: (line) => console.log(line),
  });
  console.table(result.rows.map((r) => ({ label: r.label, ...r.metrics })));
}
