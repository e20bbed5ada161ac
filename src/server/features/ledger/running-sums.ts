import { and, asc, eq, getTableColumns, inArray, notInArray, or, sql } from "drizzle-orm";
import type { BookingInput } from "../../../contract/ledger";
import {
  type BalanceSums,
  type FundFacts,
  type Ledger,
  ledgerFromSums,
  relatedBookingIds,
  sumsOf,
} from "../../../domain/ledger";
import type { Executor, Tx } from "../../platform/db/database";
import { booking, fundBalance } from "../../platform/db/schema";
import { currentSumsSelect, sumsByFund } from "./balances";
import type { BookingRow } from "./queries";
import { ledgersOf, toLedgerBooking } from "./read";

type StoredSums = BalanceSums & { lastSeq: number };

/** The stored running sums of the funds (schema: fund_balance). */
export async function storedSums(
  db: Executor,
  tenantId: string,
  fundIds: string[],
): Promise<Map<string, StoredSums>> {
  if (!fundIds.length) return new Map();
  const rows = await db
    .select()
    .from(fundBalance)
    .where(and(eq(fundBalance.tenantId, tenantId), inArray(fundBalance.fundId, fundIds)));
  return new Map(rows.map(({ tenantId: _t, fundId, ...sums }) => [fundId, sums]));
}

/** The seq of the newest booking touching each fund (two index lookups per fund), 0 for none. */
async function newestSeqs(db: Executor, tenantId: string, fundIds: string[]) {
  const result = (await db.execute(sql`
    select f.id as fund_id,
           greatest(
             coalesce((select max(b.seq) from booking b
                        where b.tenant_id = ${tenantId} and b.fund_id = f.id), 0),
             coalesce((select max(b.seq) from booking b
                        where b.tenant_id = ${tenantId} and b.counter_fund_id = f.id), 0)
           ) as seq
      from unnest(${`{${fundIds.join(",")}}`}::uuid[]) as f(id)`)) as unknown as {
    rows: { fund_id: string; seq: string | number }[];
  };
  return new Map(result.rows.map((r) => [r.fund_id, Number(r.seq)]));
}

/** The bookings with these ids or against these commitments, and every reversal of them. */
async function relatedBookings(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  const direct = await db
    .select()
    .from(booking)
    .where(
      and(
        eq(booking.tenantId, tenantId),
        or(inArray(booking.id, ids), inArray(booking.commitmentId, ids)),
      ),
    );
  const directIds = direct.map((b) => b.id);
  const reversals = await db
    .select()
    .from(booking)
    .where(
      and(
        eq(booking.tenantId, tenantId),
        inArray(booking.reversesBookingId, directIds),
        notInArray(booking.id, directIds),
      ),
    )
    .orderBy(asc(booking.seq));
  return [...direct, ...reversals].sort((a, b) => a.seq - b.seq);
}

/**
 * What the booking reads right after the fund lock, in one statement: an earlier booking with
 * the same idempotency key (its id and request hash; the first request has committed by now),
 * and the stored running sums of the locked funds that include their newest booking.
 */
export async function afterLock(
  tx: Tx,
  tenantId: string,
  fundIds: string[],
  idempotencyKey: string,
): Promise<{
  earlier: { id: string; requestHash: string } | null;
  stored: Map<string, BalanceSums>;
}> {
  const result = (await tx.execute(sql`
    select e.id::text as earlier_id, e.request_hash as earlier_hash, s.*
      from (select 1) as one
      left join (select id, request_hash from booking
                  where tenant_id = ${tenantId} and idempotency_key = ${idempotencyKey}) as e on true
      left join (${currentSumsSelect(tenantId, fundIds)}) as s on true`)) as unknown as {
    rows: (Record<string, string | null> & { earlier_id: string | null; earlier_hash: string })[];
  };
  const first = result.rows[0];
  return {
    earlier: first?.earlier_id ? { id: first.earlier_id, requestHash: first.earlier_hash } : null,
    stored: sumsByFund(result.rows),
  };
}

/**
 * The ledgers a booking is checked against. From the stored sums (read by `afterLock`) and the
 * few bookings the proposal refers to when the sums are up to date for every fund it touches;
 * otherwise (no row yet, or a booking written by another path since) the whole journal is
 * folded, as before.
 */
export async function ledgersForBooking(
  tx: Tx,
  tenantId: string,
  funds: FundFacts[],
  input: BookingInput,
  reversed: BookingRow | null,
  stored: ReadonlyMap<string, BalanceSums>,
): Promise<Map<string, Ledger>> {
  const ids = funds.map((f) => f.id);
  if (!ids.every((id) => stored.has(id))) return ledgersOf(tx, tenantId, funds);
  const related = await relatedBookings(
    tx,
    tenantId,
    relatedBookingIds(
      {
        kind: input.kind,
        commitmentId: "commitmentId" in input ? input.commitmentId : null,
        reversesBookingId: "reversesBookingId" in input ? input.reversesBookingId : null,
      },
      reversed,
    ),
  );
  const bookings = related.map(toLedgerBooking);
  return new Map(
    funds.map((f) => [f.id, ledgerFromSums(f, stored.get(f.id) as BalanceSums, bookings)]),
  );
}

/** fund_balance's sum columns (and last_seq) as the schema names them, for `storeSums`. */
const sumColumns = Object.entries(getTableColumns(fundBalance)).filter(
  ([key]) => key !== "tenantId" && key !== "fundId",
) as [keyof StoredSums, { name: string }][];
const sumColumnList = sql.raw(sumColumns.map(([, c]) => `"${c.name}"`).join(", "));
const sumColumnUpdate = sql.raw(
  sumColumns.map(([, c]) => `"${c.name}" = excluded."${c.name}"`).join(", "),
);

/**
 * Writes the funds' running sums after a booking, in its transaction (under the fund lock): one
 * upsert per fund, its text built once (every booking takes this path).
 */
export async function storeSums(
  tx: Tx,
  tenantId: string,
  ledgers: ReadonlyMap<string, Ledger>,
  lastSeq: number,
): Promise<void> {
  for (const [fundId, ledger] of ledgers) {
    const sums: StoredSums = { ...sumsOf(ledger.balance), lastSeq };
    const values = sql.join(
      sumColumns.map(([key]) => sql`${sums[key]}`),
      sql`, `,
    );
    await tx.execute(sql`insert into fund_balance (tenant_id, fund_id, ${sumColumnList})
      values (${tenantId}, ${fundId}, ${values})
      on conflict (tenant_id, fund_id) do update set ${sumColumnUpdate}`);
  }
}

/**
 * Stores the running sums of every fund of the county from its whole journal (the fold), with
 * the newest booking's seq: for bookings written straight into the journal (the synthetic
 * counties of the benchmarks), so that readers and the next booking find current sums.
 */
export async function storeFoldedSums(db: Executor, tenantId: string): Promise<number> {
  const funds = (await db.execute(sql`select id::text as id, fiscal_year, estimate_cents
      from fund where tenant_id = ${tenantId} order by id`)) as unknown as {
    rows: { id: string; fiscal_year: number; estimate_cents: string | number }[];
  };
  const facts = funds.rows.map((f) => ({
    id: f.id,
    fiscalYear: Number(f.fiscal_year),
    estimateCents: Number(f.estimate_cents),
  }));
  if (!facts.length) return 0;
  const ids = facts.map((f) => f.id);
  const folded = await ledgersOf(db, tenantId, facts);
  const newest = await newestSeqs(db, tenantId, ids);
  for (const id of ids) {
    const sums = { ...sumsOf((folded.get(id) as Ledger).balance), lastSeq: newest.get(id) ?? 0 };
    await db
      .insert(fundBalance)
      .values({ tenantId, fundId: id, ...sums })
      .onConflictDoUpdate({ target: [fundBalance.tenantId, fundBalance.fundId], set: sums });
  }
  return ids.length;
}

export interface SumsDifference {
  tenantId: string;
  fundId: string;
  fundName: string;
  part: string;
  storedCents: number;
  foldedCents: number;
}

/**
 * Recomputes every fund of every county from its whole journal (the definition) and compares the
 * stored running sums (`npm run kurs -- ledger verify`). A fund whose sums are not stored yet, or
 * are behind its newest booking, is counted as such: its next booking folds afresh anyway.
 */
export async function verifyRunningSums(db: Executor) {
  const tenants = (await db.execute(
    sql`select id::text as id from tenant order by id`,
  )) as unknown as {
    rows: { id: string }[];
  };
  const differences: SumsDifference[] = [];
  let checked = 0;
  let notStored = 0;
  for (const { id: tenantId } of tenants.rows) {
    const funds = (await db.execute(sql`select id::text as id, name, fiscal_year, estimate_cents
        from fund where tenant_id = ${tenantId} order by id`)) as unknown as {
      rows: { id: string; name: string; fiscal_year: number; estimate_cents: string | number }[];
    };
    const facts = funds.rows.map((f) => ({
      id: f.id,
      fiscalYear: Number(f.fiscal_year),
      estimateCents: Number(f.estimate_cents),
    }));
    if (!facts.length) continue;
    const folded = await ledgersOf(db, tenantId, facts);
    const stored = await storedSums(
      db,
      tenantId,
      facts.map((f) => f.id),
    );
    const newest = await newestSeqs(
      db,
      tenantId,
      facts.map((f) => f.id),
    );
    for (const fund of funds.rows) {
      const row = stored.get(fund.id);
      if (!row || row.lastSeq !== (newest.get(fund.id) ?? 0)) {
        notStored++;
        continue;
      }
      checked++;
      const expected = sumsOf((folded.get(fund.id) as Ledger).balance);
      for (const [part, foldedCents] of Object.entries(expected)) {
        const storedCents = row[part as keyof BalanceSums];
        if (storedCents !== foldedCents)
          differences.push({
            tenantId,
            fundId: fund.id,
            fundName: fund.name,
            part,
            storedCents,
            foldedCents,
          });
      }
    }
  }
  return { checked, notStored, differences };
}
