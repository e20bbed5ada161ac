import type { Overview } from "../../src/contract/overview";
import { tenantDb } from "../../src/server/db/tenant-scope";
import { getOverview } from "../../src/server/overview/service";
import { syntheticPassword } from "../../src/server/seed/synthetic/county";
import { largeCountyDatabase, largeSlug } from "../lib/data";
import { load, officeHeaders, today, warmUp, withKurs } from "../lib/kurs";
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
    "GET /api/v1/overview as the office on the large county (2,000 measures, 200,000 bookings) vs the raw SQL of the same aggregation on the same pool, 50 connections, PostgreSQL",
  async run({ postgresUrl, seconds, log }) {
    if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL (BENCH_DATABASE_URL)." };
    const bench = await largeCountyDatabase(postgresUrl, "overview_sql", log);
    try {
      const { county } = bench;
      const day = today();
      return await withKurs(
        bench.database,
        largeSlug,
        async (base, app) => {
          // The office's overview (every measure), as the coordinator signed in.
          const headers = await officeHeaders(
            app,
            `nutzer1@${largeSlug}.example`,
            syntheticPassword,
          );
          // Same numbers on both sides, or the comparison is void.
          const api = (await app.inject({ url: "/api/v1/overview", headers })).json<Overview>();
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
          const uncached = (await app.inject({ url: "/bench/overview-uncached" })).json<Overview>();
          const sameUncached = JSON.stringify(uncached) === JSON.stringify(api);
          log(`API answer equal to the uncached computation: ${sameUncached}`);
          await warmUp(`${base}/api/v1/overview`, 2, headers);
          await warmUp(`${base}/bench/overview-sql`);
          const sqlFigures = await load(`${base}/bench/overview-sql`, { connections, seconds });
          const apiFigures = await load(`${base}/api/v1/overview`, {
            connections,
            seconds,
            headers,
          });
          // The computation behind the API without its cache: what a request after a write costs.
          const coldFigures = await load(`${base}/bench/overview-uncached`, {
            connections,
            seconds,
          });
          return {
            rows: [
              { label: "overview API (Kurs, cache by data version)", metrics: apiFigures },
              { label: "raw SQL, one statement (same pool)", metrics: sqlFigures },
              { label: "overview computed without the cache (same pool)", metrics: coldFigures },
            ],
            ratio: {
              label: "API p50 / SQL p50",
              value: apiFigures["p50 ms"] / Math.max(sqlFigures["p50 ms"], 0.01),
            },
            notes: [
              `Uncached p50 / SQL p50 ${(coldFigures["p50 ms"] / Math.max(sqlFigures["p50 ms"], 0.01)).toFixed(2)}.`,
              sameUncached
                ? "The API's answer equals the uncached computation."
                : "**The API's answer differs from the uncached computation.**",
              `p99 ratio ${(apiFigures["p99 ms"] / Math.max(sqlFigures["p99 ms"], 0.01)).toFixed(2)}.`,
              same
                ? "The field roll-ups (count, completion, lights, overdue) of both sides are equal."
                : "**The field roll-ups of the two sides differ: the SQL is not the same aggregation.**",
            ].join(" "),
          };
        },
        (app) => {
          const scope = tenantDb(bench.database.db, county.tenantId);
          app.get("/bench/overview-uncached", async () => getOverview(scope, { today: day }));
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
