/**
 * Benchmark scenario (not a timed test): 2,000 measures with recommendations, partners,
 * municipalities, milestones and progress updates; then the list API's service with typical
 * filters, the timeline and the table by municipality, each repeated ten times. On PGlite, and on
 * PostgreSQL (a fresh database on BENCH_DATABASE_URL's server) when one is given.
 * Run alone: npx tsx bench/measures-list.ts [DATABASE_URL]. Figures go to docs/benchmarks.md.
 */
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import pg from "pg";
import { refreshDerived } from "../../src/server/features/measures/derived";
import { listMeasures } from "../../src/server/features/measures/read";
import { getByMunicipality, getTimeline } from "../../src/server/features/measures/views";
import { seedRotenburg } from "../../src/server/operations/seed/seed";
import { openDatabase } from "../../src/server/platform/db/database";
import {
  measure,
  measureMunicipality,
  measurePartner,
  measureRecommendation,
  measureType,
  milestone,
  municipality,
  partner,
  progressUpdate,
  recommendation,
} from "../../src/server/platform/db/schema";
import { tenantDb } from "../../src/server/platform/db/tenant-scope";
import type { Scenario, ScenarioRow } from "../scenario";

const count = 2000;

/** Seeds 2,000 measures into a fresh database (PGlite in memory, or the given PostgreSQL URL). */
export async function measureListRows(
  url: string | null,
  log: (line: string) => void,
): Promise<ScenarioRow[]> {
  const label = url ? "PostgreSQL" : "PGlite";
  const database = url
    ? await openDatabase({ driver: "postgres", url })
    : await openDatabase({ driver: "pglite" });
  try {
    await database.migrate();
    const { tenantId } = await seedRotenburg(database.db, { examples: true });
    const db = database.db;
    const recs = await db
      .select()
      .from(recommendation)
      .where(eq(recommendation.tenantId, tenantId));
    const types = await db.select().from(measureType).where(eq(measureType.tenantId, tenantId));
    const places = await db.select().from(municipality).where(eq(municipality.tenantId, tenantId));
    const partners = await db
      .insert(partner)
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          tenantId,
          name: `Träger ${i + 1}`,
          kind: "other" as const,
        })),
      )
      .returning({ id: partner.id });
    const words = ["Sprachkurs", "Beratung", "Elterncafé", "Lotsen", "Qualifizierung", "Netzwerk"];
    const statuses = ["planned", "inProgress", "completed", "paused", "dropped"] as const;
    const lights = ["green", "yellow", "red", "grey"] as const;

    const started = performance.now();
    for (let batch = 0; batch < count / 200; batch++) {
      const rows = await db
        .insert(measure)
        .values(
          Array.from({ length: 200 }, (_, j) => {
            const i = batch * 200 + j;
            return {
              tenantId,
              title: `${words[i % words.length]} ${i}`,
              description: `Maßnahme Nummer ${i} mit Sprachkursen und Beratung`,
              measureTypeId: types[i % types.length]?.id ?? "",
              status: statuses[i % statuses.length],
              startOn: "2025-01-01",
            };
          }),
        )
        .returning({ id: measure.id });
      const link = <T>(f: (id: string, k: number) => T) =>
        rows.map((r, k) => f(r.id, batch * 200 + k));
      await db.insert(measureRecommendation).values(
        link((measureId, k) => ({
          tenantId,
          measureId,
          recommendationId: recs[k % recs.length]?.id ?? "",
        })),
      );
      await db.insert(measurePartner).values(
        link((measureId, k) => ({
          tenantId,
          measureId,
          partnerId: partners[k % partners.length]?.id ?? "",
        })),
      );
      await db.insert(measureMunicipality).values(
        link((measureId, k) => ({
          tenantId,
          measureId,
          municipalityId: places[k % places.length]?.id ?? "",
        })),
      );
      await db.insert(milestone).values(
        link((measureId, k) => ({
          tenantId,
          measureId,
          position: 1,
          title: "M",
          dueOn: k % 3 ? "2026-12-31" : "2025-03-01",
        })),
      );
      await db.insert(progressUpdate).values(
        link((measureId, k) => ({
          tenantId,
          measureId,
          reportedOn: "2025-05-01",
          trafficLight: lights[k % lights.length] ?? "grey",
          text: "Sachstand",
          actor: "bench",
        })),
      );
    }
    // What the rules derive (latest update, open milestone, completion) is stored by every write
    // path of Kurs; rows inserted here directly get it the same way.
    await refreshDerived(db, tenantId);
    log(`data: ${count} measures in ${Math.round(performance.now() - started)} ms (${label})`);

    const scope = tenantDb(db, tenantId);
    const field = recs[0]
      ? (await db.select().from(recommendation).where(eq(recommendation.id, recs[0].id)))[0]
      : null;
    const scenarios: [string, Record<string, unknown>][] = [
      ["no filter, page 1 of 25", {}],
      ["text search 'Sprachkurse'", { q: "Sprachkurse" }],
      [
        "status inProgress, sort by latest update desc",
        { status: "inProgress", sort: "latestUpdate", order: "desc" },
      ],
      ["partner + municipality", { partner: partners[0]?.id, municipality: places[0]?.id }],
      ["overdue only", { overdue: true }],
      ["goal of recommendation 1", { goal: field?.goalId }],
    ];
    const runs = 10;
    const rows: ScenarioRow[] = [];
    const measure10 = async (name: string, call: () => Promise<number>) => {
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        hits = await call();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      rows.push({
        label: `${name} (${label})`,
        metrics: {
          hits,
          "median ms": Math.round(times[runs / 2] ?? 0),
          "max ms": Math.round(times.at(-1) ?? 0),
          runs,
        },
      });
    };
    for (const [name, query] of scenarios)
      await measure10(
        name,
        async () =>
          (
            await listMeasures(scope, {
              query: query as never,
              today: "2025-06-30",
              audience: "internal",
            })
          ).total,
      );
    await measure10("timeline, all measures by field", async () =>
      (await getTimeline(scope, { today: "2025-06-30", audience: "internal" })).fields.reduce(
        (n, f) => n + f.measures.length,
        0,
      ),
    );
    await measure10("by municipality, counts per status", async () =>
      (await getByMunicipality(scope)).municipalities.reduce((n, m) => n + m.total, 0),
    );
    return rows;
  } finally {
    await database.close();
  }
}

/** A fresh database on the server of `serverUrl`, dropped afterwards. */
async function withFreshPostgres<T>(serverUrl: string, work: (url: string) => Promise<T>) {
  const name = `kurs_bench_measures_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const scenario: Scenario = {
  name: "measures-list",
  summary: "2,000 measures: list with filters, timeline, table by municipality (service calls)",
  async run({ postgresUrl, log }) {
    const rows = await measureListRows(null, log);
    if (postgresUrl)
      rows.push(...(await withFreshPostgres(postgresUrl, (url) => measureListRows(url, log))));
    return { rows, notes: "today = 2025-06-30; median and max of ten calls each" };
  },
};
export default scenario;
