/**
 * Benchmark scenario (not a timed test): 2,000 measures with recommendations, partners,
 * municipalities, milestones and progress updates; then the list API's service with typical
 * filters, each repeated. Run: npx tsx bench/measures-list.ts [DATABASE_URL]
 * Without a URL it uses an in-memory PGlite. Figures go to docs/benchmarks.md by hand.
 */
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { openDatabase } from "../src/server/db/database";
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
} from "../src/server/db/schema";
import { tenantDb } from "../src/server/db/tenant-scope";
import { listMeasures } from "../src/server/measures/read";
import { seedRotenburg } from "../src/server/seed/seed";

const count = 2000;
const url = process.argv[2];
const database = url
  ? await openDatabase({ driver: "postgres", url })
  : await openDatabase({ driver: "pglite" });
await database.migrate();
const { tenantId } = await seedRotenburg(database.db, { examples: true });
const db = database.db;
const recs = await db.select().from(recommendation).where(eq(recommendation.tenantId, tenantId));
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
  const link = <T>(f: (id: string, k: number) => T) => rows.map((r, k) => f(r.id, batch * 200 + k));
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
console.log(`data: ${count} measures in ${Math.round(performance.now() - started)} ms`);

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
for (const [name, query] of scenarios) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await listMeasures(scope, { query: query as never, today: "2025-06-30" });
    times.push(performance.now() - t0);
    total = result.total;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name}: ${total} hits; median ${Math.round(times[runs / 2] ?? 0)} ms, max ${Math.round(times.at(-1) ?? 0)} ms (${runs} runs)`,
  );
}
await database.close();
