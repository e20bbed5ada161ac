import type { FastifyInstance } from "fastify";
import { syntheticPassword } from "../../src/server/operations/seed/synthetic/county";
import type { BenchContext, ScenarioResult, ScenarioRow } from "../scenario";
import { largeCountyDatabase, largeSlug } from "./data";
import { type LoadFigures, load, officeHeaders, today, warmUp, withKurs } from "./kurs";

const connections = 50;
const sqlPath = "/bench/sql";

/** What a scenario's extra routes and checks know of the run. */
export interface ApiVsSqlRun {
  app: FastifyInstance;
  database: Awaited<ReturnType<typeof largeCountyDatabase>>["database"];
  tenantId: string;
  day: string;
  /** Loads a URL of this Kurs (under `connections`), signed in as the office when asked. */
  load: (path: string, asOffice?: boolean) => Promise<LoadFigures>;
}

/**
 * The frame of the "API against raw SQL" scenarios: a copy of the large county on PostgreSQL,
 * Kurs on loopback with a bench-only route that runs `sql` ($1 tenant, $2 today) and returns its
 * one JSON value, sign-in as the office (coordinator), one answer of each side for `compare` (the
 * comparison is void when they differ), warm-up, load on both sides with 50 connections on the
 * same pool, and the ratio of the medians. `more` may add rows (e.g. an uncached computation).
 */
export async function apiAgainstSql(
  { postgresUrl, seconds, log }: BenchContext,
  spec: {
    database: string;
    api: { url: string; label: string };
    sql: { text: string; label: string };
    /** Whether both answers agree, in a sentence for the notes. */
    compare: (api: unknown, raw: unknown) => { same: boolean; note: string };
    routes?: (run: Omit<ApiVsSqlRun, "load">) => void;
    more?: (
      run: ApiVsSqlRun,
      sqlFigures: LoadFigures,
    ) => Promise<{ rows: ScenarioRow[]; notes: string[] }>;
  },
): Promise<ScenarioResult> {
  if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL (BENCH_DATABASE_URL)." };
  const bench = await largeCountyDatabase(postgresUrl, spec.database, log);
  try {
    const tenantId = bench.county.tenantId;
    const day = today();
    return await withKurs(
      bench.database,
      largeSlug,
      async (base, app) => {
        // The office sees every measure, not only the published ones.
        const headers = await officeHeaders(app, `nutzer1@${largeSlug}.example`, syntheticPassword);
        const api = (await app.inject({ url: spec.api.url, headers })).json<unknown>();
        const raw = (await app.inject({ url: sqlPath })).json<unknown>();
        const { same, note } = spec.compare(api, raw);
        log(`same answer on both sides: ${same}`);
        const run: ApiVsSqlRun = {
          app,
          database: bench.database,
          tenantId,
          day,
          load: (path, asOffice = false) =>
            load(`${base}${path}`, {
              connections,
              seconds,
              headers: asOffice ? headers : undefined,
            }),
        };
        await warmUp(`${base}${spec.api.url}`, 2, headers);
        await warmUp(`${base}${sqlPath}`);
        const sqlFigures = await run.load(sqlPath);
        const apiFigures = await run.load(spec.api.url, true);
        const extra = (await spec.more?.(run, sqlFigures)) ?? { rows: [], notes: [] };
        return {
          rows: [
            { label: spec.api.label, metrics: apiFigures },
            { label: spec.sql.label, metrics: sqlFigures },
            ...extra.rows,
          ],
          ratio: { label: "API p50 / SQL p50", value: ratio(apiFigures, sqlFigures, "p50 ms") },
          notes: [
            ...extra.notes,
            `p99 ratio ${ratio(apiFigures, sqlFigures, "p99 ms").toFixed(2)}.`,
            same ? note : `**${note}**`,
          ].join(" "),
        };
      },
      (app) => {
        spec.routes?.({ app, database: bench.database, tenantId, day });
        app.get(sqlPath, async () => {
          // The statement's one column: its JSON answer.
          const [row] = await bench.database.query<Record<string, unknown>>(spec.sql.text, [
            tenantId,
            day,
          ]);
          return row ? Object.values(row)[0] : undefined;
        });
      },
    );
  } finally {
    await bench.drop();
  }
}

/** `a / b` of one figure; b at least 0.01 ms. */
export function ratio(a: LoadFigures, b: LoadFigures, figure: "p50 ms" | "p99 ms"): number {
  return a[figure] / Math.max(b[figure], 0.01);
}
