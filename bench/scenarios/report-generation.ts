/**
 * Benchmark scenario (not a timed test): generating a committee report for the seeded county —
 * the draft's snapshot (all sections from the database), then its PDF and DOCX — repeated.
 * Runs on its own: npx tsx bench/scenarios/report-generation.ts [DATABASE_URL]
 * (without a URL on an in-memory PGlite; with BENCH_DATABASE_URL through the harness).
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { and, eq } from "drizzle-orm";
import { buildSnapshot } from "../../src/server/committee-reports/build-snapshot";
import { openDatabase } from "../../src/server/db/database";
import { committee } from "../../src/server/db/schema";
import { tenantDb } from "../../src/server/db/tenant-scope";
import { renderReportDocx } from "../../src/server/reports/report-docx";
import { renderReportPdf } from "../../src/server/reports/report-pdf";
import { seedRotenburg } from "../../src/server/seed/seed";
import type { BenchContext, Scenario, ScenarioResult } from "../scenario";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function measure(url: string | null, rounds: number, log: (l: string) => void) {
  const database = url
    ? await openDatabase({ driver: "postgres", url })
    : await openDatabase({ driver: "pglite" });
  try {
    await database.migrate();
    const { tenantId } = await seedRotenburg(database.db, { examples: true });
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
      const t1 = performance.now();
      await renderReportPdf(snapshot);
      const t2 = performance.now();
      await renderReportDocx(snapshot);
      const t3 = performance.now();
      times.snapshot.push(t1 - t0);
      times.pdf.push(t2 - t1);
      times.docx.push(t3 - t2);
      times.total.push(t3 - t0);
      log(`round ${i + 1}: ${round(t3 - t0)} ms`);
    }
    const row = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        label,
        metrics: { "p50 ms": round(percentile(sorted, 50)), "max ms": round(sorted.at(-1) ?? 0) },
      };
    };
    return [
      row(`snapshot (${url ? "PostgreSQL" : "PGlite"})`, times.snapshot),
      row("PDF (pdfmake)", times.pdf),
      row("DOCX (docx)", times.docx),
      row("draft + PDF + DOCX", times.total),
    ];
  } finally {
    await database.close();
  }
}

const scenario: Scenario = {
  name: "report-generation",
  summary: "Committee report for the seeded county: snapshot from the database, PDF and DOCX",
  async run(context: BenchContext): Promise<ScenarioResult> {
    const rounds = Math.max(3, Math.min(20, context.seconds));
    const rows = await measure(context.postgresUrl, rounds, context.log);
    return { rows, notes: `${rounds} rounds after migrate + seed; first round includes warm-up` };
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
