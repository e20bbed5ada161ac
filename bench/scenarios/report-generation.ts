/**
 * Benchmark scenario (not a timed test): generating a committee report — the draft's snapshot
 * (all sections from the database) and its HTML view, then its PDF and DOCX — repeated, for the
 * seeded county (Rotenburg with its examples) and, on PostgreSQL, for the large synthetic county
 * (2,000 measures, 200,000 bookings, 60 monthly indicators with 100,000 approved values).
 * Rotenburg's seed holds no approved indicators, so its snapshot gets the three indicators of
 * the renderers' fixture (with their series-vs-target charts): the files are as heavy as a
 * report with charts. Each county gets its own database
 * (created and dropped by the harness helpers), never the server's own.
 * Runs on its own: npx tsx bench/scenarios/report-generation.ts [POSTGRES_SERVER_URL]
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { seedRotenburg } from "../../src/server/operations/seed/seed";
import type { Database } from "../../src/server/platform/db/database";
import { tenant } from "../../src/server/platform/db/schema";
import { forgetPictures } from "../../src/server/renderers/charts/svg-png";
import { forgetCharts, reportCharts } from "../../src/server/renderers/reports/report-charts";
import { renderReportDocx } from "../../src/server/renderers/reports/report-docx";
import { exampleIndicators } from "../../src/server/renderers/reports/report-fixture";
import { reportHtmlFragment } from "../../src/server/renderers/reports/report-html";
import { renderReportPdf } from "../../src/server/renderers/reports/report-pdf";
import { largeSlug, loadLargeCounty } from "../lib/data";
import { type BenchDatabase, createPgliteDatabase, createPostgresDatabase } from "../lib/kurs";
import { reportDraftSnapshot } from "../lib/report-draft";
import type { BenchContext, Scenario, ScenarioResult } from "../scenario";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * A round is what a user waits for: generating the report (snapshot from the database and the
 * HTML view with its charts, as "Bericht erzeugen" shows it), then the PDF and the DOCX, then
 * both files once more from the same snapshot (a second download, or a frozen report's files).
 * Charts are remembered by their data (src/server/renderers/charts/bounded-memo.ts): every round forgets
 * them first and so draws them afresh, as a new report would.
 */
async function measure(
  database: Database,
  tenantId: string,
  label: string,
  rounds: number,
  log: (l: string) => void,
) {
  const snapshotOfDraft = await reportDraftSnapshot(database, tenantId);
  const times = {
    snapshot: [] as number[],
    generate: [] as number[],
    pdf: [] as number[],
    docx: [] as number[],
    again: [] as number[],
  };
  let charts = 0;
  for (let i = 0; i < rounds; i++) {
    forgetCharts();
    forgetPictures();
    const t0 = performance.now();
    const snapshot = await snapshotOfDraft();
    if (snapshot.indicators.status === "noData") snapshot.indicators = exampleIndicators();
    const t1 = performance.now();
    reportHtmlFragment(snapshot);
    const t2 = performance.now();
    await renderReportPdf(snapshot);
    const t3 = performance.now();
    await renderReportDocx(snapshot);
    const t4 = performance.now();
    await renderReportPdf(snapshot);
    await renderReportDocx(snapshot);
    const t5 = performance.now();
    charts = reportCharts(snapshot).length;
    times.snapshot.push(t1 - t0);
    times.generate.push(t2 - t0);
    times.pdf.push(t3 - t2);
    times.docx.push(t4 - t3);
    times.again.push(t5 - t4);
    log(`${label}, round ${i + 1}: generated in ${round(t2 - t0)} ms, files ${round(t4 - t2)} ms`);
  }
  const row = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      label,
      metrics: { "p50 ms": round(percentile(sorted, 50)), "max ms": round(sorted.at(-1) ?? 0) },
    };
  };
  return [
    row(`${label}: snapshot from the database`, times.snapshot),
    row(`${label}: generate (snapshot + HTML view, ${charts} charts drawn)`, times.generate),
    row(`${label}: PDF (tagged; ${charts} chart pictures rasterised)`, times.pdf),
    row(`${label}: DOCX (the PDF's chart pictures reused)`, times.docx),
    row(`${label}: PDF + DOCX again, same snapshot`, times.again),
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
    "Committee report: generated (snapshot from the database + HTML view with charts), then PDF and DOCX, for the seeded county and the large county",
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
      notes: `${rounds} rounds per county after migrate + seed; the first round of each includes warm-up. Every round forgets the remembered charts first, so it draws them afresh (the snapshot draws them while PostgreSQL sums the ledger). Indicators: Rotenburg gets the renderers' fixture (three series against targets), since its seed has no approved indicators; the large county has 60 monthly indicators with approved values.${context.postgresUrl ? "" : " PostgreSQL skipped."}`,
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
