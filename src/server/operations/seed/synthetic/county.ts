import { partnerKinds } from "../../../../domain/partners";
import { storeFoldedSums } from "../../../features/ledger/running-sums";
import { refreshDerived } from "../../../features/measures/derived";
import { hashPassword } from "../../../platform/auth/password";
import type { Database } from "../../../platform/db/database";
import { seedRotenburg } from "../seed";
import type { CountySize } from "./sizes";

/**
 * Synthetic counties for benchmarks, deterministic by seed: the same seed gives the same
 * titles, statuses, dates, amounts and links (and the same ids for everything generated here;
 * the concept skeleton comes from the Rotenburg seed, whose ids are random). Loaded as the owner
 * with one INSERT … SELECT generate_series per table, not through the API, so that 200,000
 * bookings load in seconds. Bookings are consistent with the ledger rules: per fund, commitments
 * of 100–1,000 € (at most 500 of them against an estimate of 1,000,000 €) and one payment of half
 * of each commitment, booked after it.
 */
export interface SyntheticCountyOptions {
  slug: string;
  name: string;
  seed: string;
  size: CountySize;
  /** The last fiscal year; the county spans `size.fiscalYears` years up to it. */
  lastFiscalYear?: number;
  /** Loads indicator observations (see `ObservationsHook`). */
  observations?: ObservationsHook;
}

/**
 * HOOK for indicator observations (issue "Indikatoren", built in parallel): the indicator tables
 * do not exist on this branch yet. Once they do, implement this with one INSERT … SELECT like the
 * ones below (ids via `uuidOf("$1 || ':o:' || i")`) and pass it to `loadSyntheticCounty` (the
 * bench does so through `bench/lib/data.ts`). Returns the number of observations written.
 */
export type ObservationsHook = (
  database: Database,
  input: { tenantId: string; seed: string; count: number },
) => Promise<number>;

/** A deterministic RFC 4122 version-4-shaped uuid from an SQL text expression. */
export const uuidOf = (expr: string) =>
  `overlay(overlay(md5(${expr}) placing '4' from 13) placing '8' from 17)::uuid`;

export interface SyntheticCounty {
  tenantId: string;
  slug: string;
  counts: Record<string, number>;
}

/** The password of every synthetic account (they are for load tests on loopback only). */
export const syntheticPassword = "Synthetisch-Bench-2026!";
let passwordHash: Promise<string> | null = null;

export async function loadSyntheticCounty(
  database: Database,
  options: SyntheticCountyOptions,
): Promise<SyntheticCounty> {
  const { size } = options;
  const base = await seedRotenburg(database.db, {
    examples: true,
    tenant: { slug: options.slug, name: options.name },
  });
  if (!base.created) throw new Error(`county ${options.slug} exists already`);
  const tenantId = base.tenantId;
  const seed = `${options.seed}:${options.slug}`;
  const lastYear = options.lastFiscalYear ?? 2025;
  const firstYear = lastYear - size.fiscalYears + 1;
  const run = (text: string, params: unknown[]) =>
    database.query(text, [seed, tenantId, ...params]);
  // h(tag, i): a deterministic non-negative integer per seed, tag and row.
  const h = (tag: string, i = "i") => `abs(hashtext($1 || ':${tag}:' || ${i}))`;
  const uid = (tag: string, i = "i") => uuidOf(`$1 || ':${tag}:' || ${i}`);

  await run(
    `insert into partner (tenant_id, id, name, kind)
     select $2, ${uid("p")}, 'Partner ' || i,
            (array[${partnerKinds.map((k) => `'${k}'`).join(",")}])[1 + ${h("pk")} % ${partnerKinds.length}]
       from generate_series(1, $3::int) i`,
    [size.partners],
  );
  await run(
    `with t as (select array_agg(id order by position) ids from measure_type where tenant_id = $2)
     insert into measure (tenant_id, id, title, description, measure_type_id, status, start_on, end_on,
                          responsible_unit, planned_cents, planned_fte, weight, manual_completion)
     select $2, ${uid("m")},
            (array['Sprachkurs','Beratung','Netzwerktreffen','Qualifizierung','Begegnungscafé','Lotsenprojekt'])[1 + ${h("mt")} % 6] || ' ' || i,
            'Synthetische Maßnahme Nr. ' || i,
            t.ids[1 + ${h("ty")} % array_length(t.ids, 1)],
            (array['planned','inProgress','inProgress','completed','paused','dropped'])[1 + ${h("st")} % 6],
            make_date($3::int, 1, 1) + (${h("sd")} % ($4::int * 365)),
            make_date($3::int, 1, 1) + (${h("sd")} % ($4::int * 365)) + 90 + ${h("du")} % 900,
            'Fachdienst ' || (1 + ${h("fd")} % 7),
            (1 + ${h("pc")} % 500) * 10000, (${h("fte")} % 200) / 100.0, 1 + ${h("w")} % 3,
            case when ${h("mc")} % 4 = 0 then ${h("mv")} % 101 end
       from generate_series(1, $5::int) i, t`,
    [firstYear, size.fiscalYears, size.measures],
  );
  await run(
    `with r as (select array_agg(r.id order by g.position, r.position) ids
                  from recommendation r join goal g on g.tenant_id = r.tenant_id and g.id = r.goal_id
                 where r.tenant_id = $2),
          links as (
            select ${uid("m")} measure_id, r.ids[1 + ${h("r1")} % array_length(r.ids, 1)] rec from generate_series(1, $3::int) i, r
            union
            select ${uid("m")}, r.ids[1 + ${h("r2")} % array_length(r.ids, 1)] from generate_series(1, $3::int) i, r where ${h("r3")} % 3 = 0)
     insert into measure_recommendation (tenant_id, measure_id, recommendation_id)
     select $2, measure_id, rec from links`,
    [size.measures],
  );
  await run(
    `insert into measure_partner (tenant_id, measure_id, partner_id, is_lead)
     select $2, ${uid("m")}, ${uuidOf(`$1 || ':p:' || (1 + ${h("mp")} % $4::int)`)}, ${h("ml")} % 2 = 0
       from generate_series(1, $3::int) i`,
    [size.measures, size.partners],
  );
  await run(
    `with mu as (select array_agg(id order by position) ids from municipality where tenant_id = $2)
     insert into measure_municipality (tenant_id, measure_id, municipality_id)
     select $2, ${uid("m")}, mu.ids[1 + ${h("mm")} % array_length(mu.ids, 1)] from generate_series(1, $3::int) i, mu`,
    [size.measures],
  );
  await run(
    `insert into milestone (tenant_id, id, measure_id, position, title, due_on, done_on)
     select $2, ${uuidOf(`$1 || ':ms:' || i || ':' || k`)}, m.id, k, 'Meilenstein ' || k,
            m.start_on + 120 * k, case when abs(hashtext($1 || ':msd:' || i || ':' || k)) % 2 = 0 then m.start_on + 120 * k - 3 end
       from generate_series(1, $3::int) i cross join generate_series(1, 2) k
       join measure m on m.tenant_id = $2 and m.id = ${uid("m")}`,
    [size.measures],
  );
  await run(
    `insert into progress_update (tenant_id, id, measure_id, reported_on, traffic_light, text, actor)
     select $2, ${uuidOf(`$1 || ':pu:' || i || ':' || k`)}, m.id, m.start_on + 60 * k,
            (array['green','green','yellow','red','grey'])[1 + abs(hashtext($1 || ':pl:' || i || ':' || k)) % 5],
            'Sachstand ' || k || ' der Maßnahme ' || i, 'system:synthetic'
       from generate_series(1, $3::int) i cross join generate_series(1, 2) k
       join measure m on m.tenant_id = $2 and m.id = ${uid("m")}`,
    [size.measures],
  );
  // The derived values of the measures (latest update, completion, …) by the domain's rule.
  await refreshDerived(database.db, tenantId);
  await run(
    `insert into measure_status_change (tenant_id, id, measure_id, from_status, to_status, changed_on, reason, actor)
     select $2, ${uid("sc", "m.title")}, m.id, null, m.status, coalesce(m.start_on, date '2020-01-01'), 'Angelegt (synthetisch)', 'system:synthetic'
       from measure m where m.tenant_id = $2 and m.description like 'Synthetische%'`,
    [],
  );
  const funds = size.fiscalYears * size.fundsPerYear;
  await run(
    `with c as (select id from committee where tenant_id = $2 and kind = 'council' limit 1)
     insert into fund (tenant_id, id, name, fiscal_year, budget_line, estimate_cents, granted_by_committee_id, granting_reference)
     select $2, ${uid("f")}, 'Integrationsmittel ' || ($3::int + (i - 1) / $4::int) || ' Nr. ' || (1 + (i - 1) % $4::int),
            $3::int + (i - 1) / $4::int, '3.1.' || (1 + (i - 1) % $4::int), 100000000, c.id,
            'Haushaltsbeschluss ' || ($3::int + (i - 1) / $4::int)
       from generate_series(1, $5::int) i, c`,
    [firstYear, size.fundsPerYear, funds],
  );
  await run(
    `with af as (select array_agg(a.lineage_id order by a.position) ids from action_field a
                   join concept_version v on v.tenant_id = a.tenant_id and v.id = a.concept_version_id
                  where a.tenant_id = $2 and v.status = 'adopted')
     insert into fund_purpose_entry (tenant_id, id, fund_id, valid_from, valid_to, kind, action_field_lineage_id, note)
     select $2, ${uid("fp")}, ${uid("f")}, make_date(f.fiscal_year, 1, 1), make_date(f.fiscal_year, 12, 31), 'actionField',
            af.ids[1 + ${h("fa")} % array_length(af.ids, 1)], 'Zweckbindung (synthetisch)'
       from generate_series(1, $3::int) i
       join fund f on f.tenant_id = $2 and f.id = ${uid("f")}, af`,
    [funds],
  );
  const perFund = Math.floor(size.bookings / 2 / funds);
  // Commitments first, then their payments: the ledger folds in seq (insert) order.
  await run(
    `insert into booking (tenant_id, id, fund_id, kind, amount_cents, date, measure_id, document_reference,
                          idempotency_key, request_hash, created_by)
     select $2, ${uuidOf(`$1 || ':c:' || i || ':' || j`)}, f.id, 'commitment',
            (100 + abs(hashtext($1 || ':ca:' || i || ':' || j)) % 900) * 100,
            make_date(f.fiscal_year, 1 + abs(hashtext($1 || ':cm:' || i || ':' || j)) % 12, 1 + abs(hashtext($1 || ':cd:' || i || ':' || j)) % 28),
            ${uuidOf(`$1 || ':m:' || (1 + abs(hashtext($1 || ':cx:' || i || ':' || j)) % $5::int)`)},
            'AO-' || i || '-' || j, 'synthetic:c:' || i || ':' || j, 'synthetic', 'system:synthetic'
       from generate_series(1, $3::int) i cross join generate_series(1, $4::int) j
       join fund f on f.tenant_id = $2 and f.id = ${uid("f")}
      order by i, j`,
    [funds, perFund, size.measures],
  );
  await run(
    `insert into booking (tenant_id, id, fund_id, kind, amount_cents, date, measure_id, commitment_id,
                          document_reference, idempotency_key, request_hash, created_by)
     select $2, ${uuidOf(`$1 || ':pay:' || i || ':' || j`)}, c.fund_id, 'payment', c.amount_cents / 2,
            c.date, c.measure_id, c.id, 'ZA-' || i || '-' || j, 'synthetic:p:' || i || ':' || j,
            'synthetic', 'system:synthetic'
       from generate_series(1, $3::int) i cross join generate_series(1, $4::int) j
       join booking c on c.tenant_id = $2 and c.id = ${uuidOf(`$1 || ':c:' || i || ':' || j`)}
      order by i, j`,
    [funds, perFund],
  );
  // Bookings written straight into the journal: their funds' running sums, as the booking
  // service would have kept them.
  await storeFoldedSums(database.db, tenantId);
  passwordHash ??= hashPassword(syntheticPassword);
  await run(
    `insert into app_user (tenant_id, id, email, display_name, role, password_hash, partner_id)
     select $2, ${uid("u")}, 'nutzer' || i || '@' || $4 || '.example', 'Nutzer ' || i,
            (array['coordinator','committee','partner','admin'])[1 + (i - 1) % 4], $3,
            case when (i - 1) % 4 = 2 then ${uuidOf(`$1 || ':p:' || (1 + i % $6::int)`)} end
       from generate_series(1, $5::int) i`,
    [await passwordHash, options.slug, size.users, size.partners],
  );
  const observations = options.observations
    ? await options.observations(database, { tenantId, seed, count: size.observations })
    : 0;
  return {
    tenantId,
    slug: options.slug,
    counts: await countRows(database, tenantId, observations),
  };
}

async function countRows(database: Database, tenantId: string, observations: number) {
  const tables = ["measure", "booking", "fund", "app_user", "progress_update", "partner"];
  const counts: Record<string, number> = { observations };
  for (const table of tables) {
    const [row] = await database.query<{ n: string }>(
      `select count(*)::text n from ${table} where tenant_id = $1`,
      [tenantId],
    );
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
