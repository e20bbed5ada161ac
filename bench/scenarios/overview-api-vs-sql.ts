import type { Overview } from "../../src/contract/overview";
import { tenantDb } from "../../src/server/platform/db/tenant-scope";
import { getOverview } from "../../src/server/read-models/overview/service";
import { apiAgainstSql, ratio } from "../lib/api-vs-sql";
import { overviewSql } from "../lib/overview-sql";
import type { Scenario } from "../scenario";

type FieldMeasures = Overview["actionFields"][number]["measures"];

/**
 * The overview API on the large county against the raw SQL of the same aggregation, both served
 * by the same Fastify on the same pool (10 connections) and loaded with 50 connections: the SQL
 * side is a bench-only route that runs one statement and returns its JSON (bench/lib/api-vs-sql.ts).
 */
const scenario: Scenario = {
  name: "overview-api-vs-sql",
  summary:
    "GET /api/v1/overview as the office on the large county (2,000 measures, 200,000 bookings) vs the raw SQL of the same aggregation on the same pool, 50 connections, PostgreSQL",
  async run(context) {
    let api: Overview | undefined;
    return apiAgainstSql(context, {
      database: "overview_sql",
      api: { url: "/api/v1/overview", label: "overview API (Kurs, cache by data version)" },
      sql: { text: overviewSql, label: "raw SQL, one statement (same pool)" },
      compare(answer, raw) {
        api = answer as Overview;
        if (!Array.isArray(api.actionFields)) throw new Error(`API failed: ${JSON.stringify(api)}`);
        const sql = raw as { actionFields?: { measures: FieldMeasures }[] };
        if (!Array.isArray(sql.actionFields))
          throw new Error(`raw SQL failed: ${JSON.stringify(raw)}`);
        const same =
          JSON.stringify(api.actionFields.map((f) => f.measures)) ===
          JSON.stringify(sql.actionFields.map((f) => f.measures));
        return {
          same,
          note: same
            ? "The field roll-ups (count, completion, lights, overdue) of both sides are equal."
            : "The field roll-ups of the two sides differ: the SQL is not the same aggregation.",
        };
      },
      routes({ app, database, tenantId, day }) {
        const scope = tenantDb(database.db, tenantId);
        app.get("/bench/overview-uncached", async () => getOverview(scope, { today: day }));
      },
      async more(run, sqlFigures) {
        const uncached = (
          await run.app.inject({ url: "/bench/overview-uncached" })
        ).json<Overview>();
        const sameUncached = JSON.stringify(uncached) === JSON.stringify(api);
        context.log(`API answer equal to the uncached computation: ${sameUncached}`);
        // The computation behind the API without its cache: what a request after a write costs.
        const coldFigures = await run.load("/bench/overview-uncached");
        return {
          rows: [
            { label: "overview computed without the cache (same pool)", metrics: coldFigures },
          ],
          notes: [
            `Uncached p50 / SQL p50 ${ratio(coldFigures, sqlFigures, "p50 ms").toFixed(2)}.`,
            sameUncached
              ? "The API's answer equals the uncached computation."
              : "**The API's answer differs from the uncached computation.**",
          ],
        };
      },
    });
  },
};
export default scenario;
