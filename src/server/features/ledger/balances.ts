import { sql } from "drizzle-orm";
import {
  availableOf,
  type Balance,
  type BalanceSums,
  emptyBalance,
  type FundFacts,
} from "../../../domain/ledger";
import type { Executor } from "../../platform/db/database";

/**
 * Fund balances and money per measure summed in the database, for readers that need totals but
 * not the bookings themselves (the committee report; 200,000 bookings of a large county took
 * seconds to read into Node and fold). The booking service still folds the locked funds' ledgers
 * (src/domain/ledger), and these sums must equal that fold: `balances.test.ts` books random
 * valid ledgers and compares both, on PGlite and PostgreSQL.
 *
 * Every effect in the fold only adds up, so it is a sum: each booking counts once for every fund
 * it touches (its own and, for transfers and carry-overs, the counter fund), and a reversal
 * counts its target's effect negated, in the funds both touch (a reversal of a reversal is
 * refused). A payment or release always names a commitment of its own fund (the domain refuses
 * any other: ledger.commitmentUnknown), so it is counted against that commitment without a join.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `any(array)` of the funds: one array parameter (a PostgreSQL array literal of the funds' uuids,
 * which come from the database); hundreds of single parameters made planning a good part of a
 * query's cost.
 */
function fundList(fundIds: string[]) {
  for (const id of fundIds) if (!uuid.test(id)) throw new Error(`not a fund id: ${id}`);
  return sql`any(${`{${fundIds.join(",")}}`}::uuid[])`;
}

/**
 * The bookings of the funds, once per fund they touch, with each reversal as its negated target.
 * Not materialised: PostgreSQL then plans each use with the rest of its query (hash joins in
 * parallel workers) instead of writing 200,000 rows to a tuple store first (3× faster).
 */
const effects = (tenantId: string, fundIds: string[]) => {
  const funds = fundList(fundIds);
  // Own side and counter side (a transfer or carry-over also touches its counter fund).
  const touched = sql`
    select b.fund_id as ledger_fund, b.id, b.kind, b.fund_id, b.counter_fund_id,
           b.commitment_id, b.measure_id, b.amount_cents, b.reverses_booking_id
      from booking b where b.tenant_id = ${tenantId} and b.fund_id = ${funds}
    union all
    select b.counter_fund_id, b.id, b.kind, b.fund_id, b.counter_fund_id,
           b.commitment_id, b.measure_id, b.amount_cents, b.reverses_booking_id
      from booking b where b.tenant_id = ${tenantId} and b.counter_fund_id <> b.fund_id
       and b.counter_fund_id = ${funds}`;
  return sql`
  touched as not materialized (${touched}),
  effect as not materialized (
    select ledger_fund, id, kind, fund_id, counter_fund_id, commitment_id, measure_id,
           amount_cents as amount
      from touched where kind <> 'reversal'
    union all
    select r.ledger_fund, t.id, t.kind, t.fund_id, t.counter_fund_id, t.commitment_id,
           t.measure_id, -t.amount_cents
      from touched r
      join booking t on t.tenant_id = ${tenantId} and t.id = r.reverses_booking_id
     where r.kind = 'reversal' and (t.fund_id = r.ledger_fund or t.counter_fund_id = r.ledger_fund)
  )`;
};

/**
 * The running sums (fund_balance) of the funds whose sums include their newest booking, in one
 * statement (one snapshot): a fund is current when its `last_seq` is the newest seq of a booking
 * touching it (own side or counter side; two index lookups per fund). A fund without a row, or
 * with a booking written by another path since, is left out: its sums are summed afresh.
 */
/**
 * The stored running sums of the funds that include their newest booking (one row per such
 * fund), as a fragment: `currentSums` runs it alone, the booking path together with its
 * idempotency lookup (./running-sums.ts).
 */
export function currentSumsSelect(tenantId: string, ids: string[]) {
  return sql`
    select fb.fund_id::text as fund_id, fb.supplements_cents::text as supplements,
           fb.carried_over_cents::text as carried_over, fb.carried_forward_cents::text as carried_forward,
           fb.transfers_in_cents::text as transfers_in, fb.transfers_out_cents::text as transfers_out,
           fb.blocked_cents::text as blocked, fb.paid_cents::text as paid,
           fb.open_commitments_cents::text as open_commitments
      from fund_balance fb
     where fb.tenant_id = ${tenantId} and fb.fund_id = ${fundList(ids)}
       and fb.last_seq = greatest(
             coalesce((select max(b.seq) from booking b
                        where b.tenant_id = ${tenantId} and b.fund_id = fb.fund_id), 0),
             coalesce((select max(b.seq) from booking b
                        where b.tenant_id = ${tenantId} and b.counter_fund_id = fb.fund_id), 0))`;
}

export async function currentSums(
  db: Executor,
  tenantId: string,
  ids: string[],
): Promise<Map<string, BalanceSums>> {
  const result = (await db.execute(currentSumsSelect(tenantId, ids))) as unknown as {
    rows: Record<string, string>[];
  };
  return sumsByFund(result.rows);
}

/** Rows of `currentSumsSelect` by fund (rows without a fund are skipped). */
export function sumsByFund(rows: Record<string, string | null>[]): Map<string, BalanceSums> {
  const sums = new Map<string, BalanceSums>();
  for (const row of rows) if (row.fund_id) sums.set(row.fund_id, sumsOfRow(row));
  return sums;
}

function sumsOfRow(row: Record<string, string | null>): BalanceSums {
  const n = (key: string) => Number(row[key] ?? 0);
  return {
    supplementsCents: n("supplements"),
    carriedOverCents: n("carried_over"),
    carriedForwardCents: n("carried_forward"),
    transfersInCents: n("transfers_in"),
    transfersOutCents: n("transfers_out"),
    blockedCents: n("blocked"),
    paidCents: n("paid"),
    openCommitmentsCents: n("open_commitments"),
  };
}

/**
 * The balance of each fund as the fold over its bookings gives it: from the stored running sums
 * where they are current (written under the fund lock with every booking), otherwise summed
 * over the journal here.
 */
export async function balancesOf(
  db: Executor,
  tenantId: string,
  funds: FundFacts[],
): Promise<Map<string, Balance>> {
  const balances = new Map(funds.map((f) => [f.id, emptyBalance(f.estimateCents)]));
  if (!funds.length) return balances;
  const stored = await currentSums(
    db,
    tenantId,
    funds.map((f) => f.id),
  );
  for (const [fundId, sums] of stored) {
    const balance = balances.get(fundId) as Balance;
    Object.assign(balance, sums);
    balance.availableCents = availableOf(balance);
  }
  const ids = funds.map((f) => f.id).filter((id) => !stored.has(id));
  if (!ids.length) return balances;
  const result = (await db.execute(sql`
    with ${effects(tenantId, ids)}
    select ledger_fund::text as fund_id,
      coalesce(sum(amount) filter (where kind = 'supplement'), 0)::text as supplements,
      coalesce(sum(amount) filter (where kind = 'carryOver' and counter_fund_id = ledger_fund), 0)::text as carried_over,
      coalesce(sum(amount) filter (where kind = 'carryOver' and fund_id = ledger_fund), 0)::text as carried_forward,
      coalesce(sum(amount) filter (where kind = 'transfer' and counter_fund_id = ledger_fund), 0)::text as transfers_in,
      coalesce(sum(amount) filter (where kind = 'transfer' and fund_id = ledger_fund), 0)::text as transfers_out,
      coalesce(sum(case kind when 'block' then amount when 'unblock' then -amount end), 0)::text as blocked,
      coalesce(sum(amount) filter (where kind = 'payment'), 0)::text as paid,
      (coalesce(sum(amount) filter (where kind = 'commitment' and fund_id = ledger_fund), 0)
       - coalesce(sum(amount) filter (where kind in ('payment', 'release') and commitment_id is not null), 0))::text
        as open_commitments
      from effect group by ledger_fund`)) as unknown as {
    rows: Record<string, string>[];
  };
  for (const row of result.rows) {
    const balance = balances.get(row.fund_id as string);
    if (!balance) continue;
    Object.assign(balance, sumsOfRow(row));
    balance.availableCents = availableOf(balance);
  }
  return balances;
}

/** Money still bound (open commitments) and paid, per measure, over the given funds. */
export async function moneyByMeasure(
  db: Executor,
  tenantId: string,
  fundIds: string[],
): Promise<Map<string, { openCents: number; paidCents: number }>> {
  const byMeasure = new Map<string, { openCents: number; paidCents: number }>();
  if (!fundIds.length) return byMeasure;
  // Bound: commitments less what was paid or released on them, by the commitment's measure.
  const result = (await db.execute(sql`
    with ${effects(tenantId, fundIds)},
    per_measure as (
      select measure_id, amount as open, 0::bigint as paid from effect
       where kind = 'commitment' and fund_id = ledger_fund
      union all
      select c.measure_id, -e.amount, case when e.kind = 'payment' then e.amount else 0 end
        from effect e
        join booking c on c.tenant_id = ${tenantId} and c.id = e.commitment_id
       where e.kind in ('payment', 'release')
    )
    select measure_id::text as measure_id, sum(open)::text as open, sum(paid)::text as paid
      from per_measure where measure_id is not null group by measure_id`)) as unknown as {
    rows: { measure_id: string; open: string; paid: string }[];
  };
  for (const row of result.rows)
    byMeasure.set(row.measure_id, { openCents: Number(row.open), paidCents: Number(row.paid) });
  return byMeasure;
}
