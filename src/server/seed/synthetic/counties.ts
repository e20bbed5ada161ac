import type { Database } from "../../db/database";
import { loadSyntheticCounty, type ObservationsHook, type SyntheticCounty } from "./county";
import { mixedCountySize } from "./sizes";

/** N counties of mixed sizes (`mixedCountySize`), slugs kreis-001 …; deterministic by seed. */
export async function loadSyntheticCounties(
  database: Database,
  options: { count: number; seed: string; from?: number; observations?: ObservationsHook },
): Promise<SyntheticCounty[]> {
  const loaded: SyntheticCounty[] = [];
  const from = options.from ?? 1;
  for (let i = from; i < from + options.count; i++) {
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
  return loaded;
}
