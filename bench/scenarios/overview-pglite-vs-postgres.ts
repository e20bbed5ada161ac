import { largeCounty } from "../../src/server/operations/seed/synthetic/sizes";
import { largeSlug, loadLargeCounty } from "../lib/data";
import {
  type BenchDatabase,
  createPgliteDatabase,
  createPostgresDatabase,
  type LoadFigures,
  load,
  warmUp,
  withKurs,
} from "../lib/kurs";
import type { Scenario } from "../scenario";

const connections = 10;

/** The same overview on the same large county, once on embedded PGlite and once on PostgreSQL. */
const scenario: Scenario = {
  name: "overview-pglite-vs-postgres",
  summary:
    "GET /api/v1/overview on the large county but with 20,000 bookings (loading 200,000 into PGlite takes ~4 min here; the overview reads no bookings), embedded PGlite vs PostgreSQL, 10 connections, same run",
  async run({ postgresUrl, seconds, log }) {
    const measure = async (bench: BenchDatabase, label: string): Promise<LoadFigures> => {
      try {
        const t0 = Date.now();
        await loadLargeCounty(bench.database, { ...largeCounty, bookings: 20_000 });
        log(`${label}: large county loaded in ${Date.now() - t0} ms`);
        return await withKurs(bench.database, largeSlug, async (base) => {
          await warmUp(`${base}/api/v1/overview`);
          return load(`${base}/api/v1/overview`, { connections, seconds });
        });
      } finally {
        await bench.drop();
      }
    };
    const lite = await measure(await createPgliteDatabase(), "PGlite");
    if (!postgresUrl) {
      return { rows: [{ label: "PGlite", metrics: lite }], notes: "PostgreSQL skipped." };
    }
    const pg = await measure(await createPostgresDatabase(postgresUrl, "lite_vs_pg"), "PostgreSQL");
    return {
      rows: [
        { label: "overview on PGlite (one connection)", metrics: lite },
        { label: "overview on PostgreSQL (pool of 10)", metrics: pg },
      ],
      ratio: { label: "PGlite p50 / PostgreSQL p50", value: lite["p50 ms"] / pg["p50 ms"] },
      notes: `Throughput PGlite / PostgreSQL: ${(lite["req/s"] / Math.max(pg["req/s"], 1)).toFixed(2)}.`,
    };
  },
};
export default scenario;
