/**
 * How the cost of the main reads grows with the county: the overview (computed, no cache), the
 * first page of the measure list and the committee report (snapshot + HTML view; PDF where it
 * stays bounded) on synthetic counties with 1×, 10× and 100× the large county's 2,000 measures
 * (bookings, funds and indicators as in the large county). One request at a time, median of a
 * few, PostgreSQL; the slope is the growth exponent between 10× and 100× (1 = linear).
 */
import { performance } from "node:perf_hooks";
import { listMeasures } from "../../src/server/features/measures/read";
import { largeCounty } from "../../src/server/operations/seed/synthetic/sizes";
import type { Database } from "../../src/server/platform/db/database";
import { tenantDb } from "../../src/server/platform/db/tenant-scope";
import { getOverview } from "../../src/server/read-models/overview/service";
import { forgetPictures } from "../../src/server/renderers/charts/svg-png";
import { forgetCharts } from "../../src/server/renderers/reports/report-charts";
import { reportHtmlFragment } from "../../src/server/renderers/reports/report-html";
import { renderReportPdf } from "../../src/server/renderers/reports/report-pdf";
import { loadLargeCounty } from "../lib/data";
import { createPostgresDatabase, today } from "../lib/kurs";
import { reportDraftSnapshot } from "../lib/report-draft";
import type { Scenario, ScenarioRow } from "../scenario";

// BENCH_GROWTH_FACTORS=1,2 for a quick check of the scenario itself.
const factors = (process.env.BENCH_GROWTH_FACTORS ?? "1,10,100").split(",").map(Number);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function timed(runs: number, work: () => Promise<unknown>, warmUp = true) {
  if (warmUp) await work(); // plans, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 10) / 10;
}

async function costsAt(database: Database, tenantId: string, factor: number) {
  const scope = tenantDb(database.db, tenantId);
  const day = today();
  const snapshot = await reportDraftSnapshot(database, tenantId);
  const overview = await timed(5, () => getOverview(scope, { today: day }));
  const list = await timed(5, () =>
    listMeasures(scope, { query: { pageSize: 100 }, today: day, audience: "internal" }),
  );
  // At 100× one report takes minutes: one run without warm-up there.
  const big = factor >= 100;
  const report = await timed(
    big ? 1 : 3,
    async () => {
      forgetCharts();
      forgetPictures();
      reportHtmlFragment(await snapshot());
    },
    !big,
  );
  const pdf = !big
    ? await timed(1, async () => {
        forgetCharts();
        forgetPictures();
        await renderReportPdf(await snapshot());
      })
    : null;
  return { overview, list, report, pdf };
}

const scenario: Scenario = {
  name: "cost-growth",
  summary:
    "Cost growth of the overview (uncached), the measure list's first page and the committee report at 1×, 10× and 100× the large county's measures, PostgreSQL, one request at a time",
  async run({ postgresUrl, log }) {
    if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL." };
    const rows: ScenarioRow[] = [];
    const results: Awaited<ReturnType<typeof costsAt>>[] = [];
    for (const factor of factors) {
      const bench = await createPostgresDatabase(postgresUrl, `growth_${factor}`);
      try {
        const t0 = performance.now();
        const county = await loadLargeCounty(bench.database, {
          ...largeCounty,
          measures: largeCounty.measures * factor,
        });
        log(
          `${factor}×: ${county.counts.measure} measures loaded in ${Math.round((performance.now() - t0) / 1000)} s`,
        );
        // The PDF of a report on 200,000 measures runs to tens of thousands of pages: left out.
        const costs = await costsAt(bench.database, county.tenantId, factor);
        results.push(costs);
        rows.push({
          label: `${factor}× (${county.counts.measure} measures)`,
          metrics: {
            "overview ms": costs.overview,
            "list page ms": costs.list,
            "report (snapshot + HTML) ms": costs.report,
            "report PDF ms": costs.pdf ?? "—",
          },
        });
        log(`${factor}×: ${JSON.stringify(costs)}`);
      } finally {
        await bench.drop();
      }
    }
    const slope = (key: "overview" | "list" | "report") => {
      const a = results[1]?.[key] ?? 0;
      const b = results[2]?.[key] ?? 0;
      return a > 0 && b > 0 ? (Math.log10(b / a) / Math.log10(10)).toFixed(2) : "—";
    };
    return {
      rows,
      ratio: {
        label: "overview 100× / 1×",
        value: (results[2]?.overview ?? 0) / Math.max(results[0]?.overview ?? 1, 0.01),
      },
      notes: `Growth exponent from 10× to 100× (1 = linear, 0 = flat): overview ${slope("overview")}, list page ${slope("list")}, report ${slope("report")}. Median of 5 requests (report: 3, at 100× 1 without warm-up; PDF: 1) after one warm-up.`,
    };
  },
};
export default scenario;
