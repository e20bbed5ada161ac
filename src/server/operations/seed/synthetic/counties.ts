import type { Database } from "../../../platform/db/database";
import { loadSyntheticCounty, type ObservationsHook, type SyntheticCounty } from "./county";
import { mixedCountySize } from "./sizes";

/** N counties of mixed sizes (`mixedCountySize`), slugs kreis-001 …; deterministic by seed. */
export async function loadSyntheticCounties(
  database: Database,
  options: {
    count: number;
    seed: string;
    from?: number;
    observations?: ObservationsHook;
    /** Counties loaded at the same time (PostgreSQL; PGlite has one connection: use 1). */
    parallel?: number;
  },
): Promise<SyntheticCounty[]> {
  const from = options.from ?? 1;
  const numbers = Array.from({ length: options.count }, (_, k) => from + k);
  const loaded: SyntheticCounty[] = [];
  const worker = async () => {
    for (let i = numbers.shift(); i !== undefined; i = numbers.shift()) {
      const number = String(i).padStart(3, "0");
      loaded.push(
        await loadSyntheticCounty(database, {
          slug: `kreis-${number}`,
          name: `Landkreis Synthetisch ${number}`,
          seed: options.seed,
          size: mixedCountySize(i),
          observations: options.observations,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, worker));
  return loaded.sort((a, b) => a.slug.localeCompare(b.slug));
}
