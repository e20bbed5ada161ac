import { type ObservationsHook, uuidOf } from "../../src/server/operations/seed/synthetic/county";

/** Monthly periods from January of this year on (ten years up to the large county's last). */
const firstYear = 2016;
const months = 120;

/**
 * Indicator observations (Messwerte) for a synthetic county, deterministic by seed, in the real
 * indicator tables: synthetic monthly indicators, each with one value per month (120 months from
 * 2016) for the county as a whole and for each of its municipalities, so that every cell
 * (indicator, period, municipality) is written once. As many indicators as `count` needs; about
 * one value in 50 is withheld at the source (mark "." and no number), nine in ten are approved.
 * Two INSERT … SELECT statements, as the rest of the synthetic county.
 */
export const loadObservations: ObservationsHook = async (database, { tenantId, seed, count }) => {
  if (count <= 0) return 0;
  const [mu] = await database.query<{ n: number }>(
    "select count(*)::int n from municipality where tenant_id = $1",
    [tenantId],
  );
  const perIndicator = months * ((mu?.n ?? 0) + 1);
  const indicators = Math.ceil(count / perIndicator);
  const run = (text: string, params: unknown[]) =>
    database.query(text, [seed, tenantId, ...params]);
  const h = (tag: string, i: string) => `abs(hashtext($1 || ':${tag}:' || ${i}))`;
  await run(
    `insert into indicator (tenant_id, id, key, name, description, unit, direction, source, periodicity,
                            publishable, aggregation)
     select $2, ${uuidOf(`$1 || ':ind:' || k`)}, 'synthetisch-' || k, 'Synthetische Kennzahl ' || k,
            'Monatswerte je Kommune (synthetisch)',
            (array['count','percent','euro','days'])[1 + ${h("iu", "k")} % 4],
            (array['higherIsBetter','lowerIsBetter'])[1 + ${h("id", "k")} % 2],
            'Synthetische Quelle', 'month', ${h("ip", "k")} % 2 = 0,
            case when ${h("iu", "k")} % 4 = 1 then 'mean' else 'sum' end
       from generate_series(1, $3::int) k`,
    [indicators],
  );
  // Cell c of indicator k: month c / (municipalities + 1), municipality c % (…) (0 = whole county).
  await run(
    `with mu as (select array_agg(id order by position) ids, count(*)::int n from municipality where tenant_id = $2),
          cells as (select i, 1 + (i - 1) / $4::int k, (i - 1) % $4::int c from generate_series(1, $3::int) i)
     insert into indicator_value (tenant_id, id, indicator_id, period, municipality_id, value, mark, source,
                                  reference_date, entered_by, status, approved_by, approved_at)
     select $2, ${uuidOf("$1 || ':o:' || i")}, ${uuidOf("$1 || ':ind:' || k")},
            to_char(make_date($5::int, 1, 1) + make_interval(months => c / (mu.n + 1)), 'YYYY-MM'),
            case when c % (mu.n + 1) = 0 then null else mu.ids[c % (mu.n + 1)] end,
            case when ${h("ov", "i")} % 50 <> 0 then (${h("ow", "i")} % 100000) / 10.0 end,
            case when ${h("ov", "i")} % 50 = 0 then '.' end,
            'Synthetische Quelle',
            (make_date($5::int, 1, 1) + make_interval(months => c / (mu.n + 1) + 1))::date - 1,
            'system:synthetic',
            case when ${h("os", "i")} % 10 = 0 then 'draft' else 'approved' end,
            case when ${h("os", "i")} % 10 <> 0 then 'system:synthetic' end,
            case when ${h("os", "i")} % 10 <> 0 then now() end
       from cells, mu`,
    [count, perIndicator, firstYear],
  );
  const [written] = await database.query<{ n: number }>(
    "select count(*)::int n from indicator_value where tenant_id = $1 and entered_by = 'system:synthetic'",
    [tenantId],
  );
  return written?.n ?? 0;
};
