import type { Database } from "../../src/server/db/database";
import { loadSyntheticCounty, type ObservationsHook } from "../../src/server/seed/synthetic/county";
import { type CountySize, largeCounty } from "../../src/server/seed/synthetic/sizes";

/** The seed of every bench run: the same data every time. */
export const benchSeed = "kurs-bench-1";

/**
 * HOOK: indicator observations. The indicator tables are built in another branch; set this to
 * the loader once they exist (see `ObservationsHook` in src/server/seed/synthetic/county.ts).
 */
export const observationsHook: ObservationsHook | undefined = undefined;

export const largeSlug = "grosskreis";

/** The large county (10 fiscal years, 2,000 measures, 200,000 bookings, 50 users). */
export async function loadLargeCounty(database: Database, size: CountySize = largeCounty) {
  const county = await loadSyntheticCounty(database, {
    slug: largeSlug,
    name: "Landkreis Großkreis (synthetisch)",
    seed: benchSeed,
    size,
    observations: observationsHook,
  });
  await database.exec("analyze");
  return county;
}
