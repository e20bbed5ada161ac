import type { Overview } from "../../src/contract/overview";
import { largeSlug, loadLargeCounty } from "../lib/data";
import { createPostgresDatabase, load, today, warmUp, withKurs } from "../lib/kurs";
import { overviewSql } from "../lib/overview-sql";
import type { Scenario } from "../scenario";

const connections = 50;

/**
 * The overview API on the large county against the raw SQL of the same aggregation, both served
 * by the same Fastify on the same pool (10 connections) and loaded with 50 connections: the SQL
 * side is a bench-only route that runs one statement and returns its JSON.
 */
const scenario: Scenario = {
  name: "overview-api-vs-sql",
  summary:
    "GET /api/v1/overview on the large county (2,000 measures, 200,000 bookings) vs the raw SQL of the same aggregation on the same pool, 50 connections, PostgreSQL",
  async run({ postgresUrl, seconds, log }) {
    if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL (BENCH_DATABASE_URL)." };
    const bench = await createPostgresDatabase(postgresUrl, "overview_sql");
    try {
      const t0 = Date.now();
      const county = await loadLargeCounty(bench.database);
      log(`large county loaded in ${Date.now() - t0} ms: ${JSON.stringify(county.counts)}`);
      const day = today();
      return await withKurs(
        bench.database,
        largeSlug,
        async (base, app) => {
          // Same numbers on both sides, or the comparison is void.
          const api = (await app.inject({ url: "/api/v1/overview" })).json<Overview>();
          if (!Array.isArray(api.actionFields))
            throw new Error(`API failed: ${JSON.stringify(api)}`);
          const raw = (await app.inject({ url: "/bench/overview-sql" })).json<{
            actionFields: { id: string; measures: Overview["actionFields"][number]["measures"] }[];
          }>();
          if (!Array.isArray(raw.actionFields))
            throw new Error(`raw SQL failed: ${JSON.stringify(raw)}`);
          const same =
            JSON.stringify(api.actionFields.map((f) => f.measures)) ===
            JSON.stringify(raw.actionFields.map((f) => f.measures));
          log(`field roll-ups equal on both sides: ${same}`);
          await warmUp(`${base}/api/v1/overview`);
          await warmUp(`${base}/bench/overview-sql`);
          const sqlFigures = await load(`${base}/bench/overview-sql`, { connections, seconds });
          const apiFigures = await load(`${base}/api/v1/overview`, { connections, seconds });
          return {
            rows: [
              { label: "overview API (Kurs)", metrics: apiFigures },
              { label: "raw SQL, one statement (same pool)", metrics: sqlFigures },
            ],
            ratio: {
              label: "API p50 / SQL p50",
              value: apiFigures["p50 ms"] / Math.max(sqlFigures["p50 ms"], 0.01),
            },
            notes: [
              `p99 ratio ${(apiFigures["p99 ms"] / Math.max(sqlFigures["p99 ms"], 0.01)).toFixed(2)}.`,
              same
                ? "The field roll-ups (count, completion, lights, overdue) of both sides are equal."
                : "**The field roll-ups of the two sides differ: the SQL is not the same aggregation.**",
            ].join(" "),
          };
        },
        (app) => {
          app.get("/bench/overview-sql", async () => {
            const [row] = await bench.database.query<{ overview: unknown }>(overviewSql, [
              county.tenantId,
              day,
            ]);
            return row?.overview;
          });
        },
      );
    } finally {
      await bench.drop();
    }
  },
};
export default scenario;
