import { loadSyntheticCounties } from "../../src/server/operations/seed/synthetic/counties";
import { cloneCounties } from "../lib/clone";
import { benchSeed, observationsHook } from "../lib/data";
import { createPostgresDatabase, load, warmUp, withKurs } from "../lib/kurs";
import type { Scenario } from "../scenario";

const connections = 20;
const counties = Number(process.env.BENCH_COUNTIES ?? 400);
/** `mixedCountySize(i)` repeats every 60 counties (i mod 4, 3 and 10). */
const sizeCycle = 60;

/**
 * One county's overview with only that county in the database, then with 399 more counties of
 * mixed sizes loaded (same database, same server): does tenant count hurt one county's p99?
 */
const scenario: Scenario = {
  name: "tenants-400",
  summary: `p99 of one county's overview with 1 county loaded vs with ${counties} (mixed sizes), PostgreSQL, ${connections} connections`,
  async run({ postgresUrl, seconds, log }) {
    if (!postgresUrl) return { rows: [], notes: "Skipped: no PostgreSQL." };
    const bench = await createPostgresDatabase(postgresUrl, "tenants");
    try {
      await loadSyntheticCounties(bench.database, {
        count: 1,
        seed: benchSeed,
        observations: observationsHook,
      });
      await bench.database.exec("analyze");
      const measure = () =>
        withKurs(bench.database, "kreis-001", async (base) => {
          await warmUp(`${base}/api/v1/overview`, 4);
          return load(`${base}/api/v1/overview`, { connections, seconds });
        });
      const one = await measure();
      const t0 = Date.now();
      // Counties 2…61 are generated (all sizes of the cycle); 62…N are copies of the county of
      // the same size (same i mod 60) under their own tenant id, one INSERT … SELECT per table.
      const generated = Math.min(counties - 1, sizeCycle);
      const loaded = await loadSyntheticCounties(bench.database, {
        count: generated,
        from: 2,
        seed: benchSeed,
        observations: observationsHook,
        parallel: 2,
      });
      const bySlug = new Map(loaded.map((c) => [c.slug, c.tenantId]));
      const slug = (i: number) => `kreis-${String(i).padStart(3, "0")}`;
      const copies = Array.from({ length: Math.max(0, counties - 1 - generated) }, (_, k) => {
        const i = 2 + generated + k;
        const source = bySlug.get(slug(2 + ((i - 2) % sizeCycle))) ?? "";
        return {
          source,
          slug: slug(i),
          name: `Landkreis Synthetisch ${String(i).padStart(3, "0")}`,
        };
      });
      const tClone = Date.now();
      await cloneCounties(bench.url ?? "", copies);
      log(
        `${generated} counties generated in ${tClone - t0} ms, ${copies.length} copied in ${Date.now() - tClone} ms`,
      );
      await bench.database.exec("analyze");
      const loadMs = Date.now() - t0;
      const [size] = await bench.database.query<{ measures: string; bookings: string; mb: string }>(
        `select (select count(*) from measure)::text measures, (select count(*) from booking)::text bookings,
                (pg_database_size(current_database()) / 1048576)::text mb`,
      );
      log(`${counties - 1} counties loaded in ${loadMs} ms (${JSON.stringify(size)})`);
      const many = await measure();
      return {
        rows: [
          { label: "1 county in the database", metrics: one },
          {
            label: `${counties} counties (${size?.measures} measures, ${size?.bookings} bookings, ${size?.mb} MB)`,
            metrics: many,
          },
        ],
        ratio: {
          label: `p99 ${counties} counties / p99 1 county`,
          value: many["p99 ms"] / one["p99 ms"],
        },
        notes: `Loading ${counties - 1} counties took ${Math.round(loadMs / 1000)} s: ${Math.min(counties - 1, sizeCycle)} generated (seed + INSERT … SELECT per county, as owner, 2 at a time), the rest copies of the generated county of the same size under their own tenant id (bench/lib/clone.ts).`,
      };
    } finally {
      await bench.drop();
    }
  },
};
export default scenario;
