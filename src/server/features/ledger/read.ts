import type { Booking, BookingList, Fund, MeasureBookingList } from "../../../contract/ledger";
import { DomainError } from "../../../domain/errors";
import { foldLedger, type Ledger, type Booking as LedgerBooking } from "../../../domain/ledger";
import { closingPeriodEnd, yearStateOn } from "../../../domain/year-close";
import { todayIso } from "../../platform/clock";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import type { Audience } from "../measures/published";
import { closingUntilOf } from "./closing-period";
import { type FundMoney, fundMoneyOf } from "./fund-money";
import * as q from "./queries";

type FundRow = Awaited<ReturnType<typeof q.listFunds>>[number];

/** A stored booking as the ledger's fold takes it (domain/ledger.ts). */
export function toLedgerBooking(row: q.BookingRow): Required<LedgerBooking> {
  return {
    id: row.id,
    fundId: row.fundId,
    kind: row.kind,
    amountCents: row.amountCents,
    date: row.date,
    measureId: row.measureId,
    commitmentId: row.commitmentId,
    reversesBookingId: row.reversesBookingId,
    counterFundId: row.counterFundId,
  };
}

/** What the API shows of a booking: never derived state, so a replay returns the same body. */
export function presentBooking(row: q.BookingRow): Booking {
  return {
    ...toLedgerBooking(row),
    documentReference: row.documentReference,
    note: row.note,
    reason: row.reason,
    resolutionReference: row.resolutionReference,
    approvalKind: row.approvalKind,
    lateBookingReason: row.lateBookingReason,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** Folds the ledger of each fund from its bookings (one query for all). */
export async function ledgersOf(
  db: Executor,
  tenantId: string,
  funds: { id: string; fiscalYear: number; estimateCents: number }[],
): Promise<Map<string, Ledger>> {
  const rows = await q.bookingsOf(
    db,
    tenantId,
    funds.map((f) => f.id),
  );
  // Each fund folds only the bookings that touch it (a transfer touches two), in their order:
  // folding every booking once per fund grew with funds × bookings (seconds for a large county).
  const byFund = new Map<string, LedgerBooking[]>(funds.map((f) => [f.id, []]));
  for (const booking of rows.map(toLedgerBooking)) {
    byFund.get(booking.fundId)?.push(booking);
    if (booking.counterFundId && booking.counterFundId !== booking.fundId)
      byFund.get(booking.counterFundId)?.push(booking);
  }
  return new Map(funds.map((f) => [f.id, foldLedger(f, byFund.get(f.id) ?? [])]));
}

async function presentFunds(db: Executor, tenantId: string, funds: FundRow[]): Promise<Fund[]> {
  const ids = funds.map((f) => f.id);
  const grantIds = funds.flatMap((f) => (f.grantingResolutionId ? [f.grantingResolutionId] : []));
  const today = todayIso();
  // One after the other: inside a transaction all queries share one connection.
  // Balances summed in the database (equal to the fold, balances.test.ts): the list of funds
  // does not read every booking. The figures and fields: ./fund-money (one place for all readers).
  const money = await fundMoneyOf(db, tenantId, funds, today);
  const titles = await q.actionFieldTitles(db, tenantId);
  const carriedInto = await q.fundsCarriedFrom(db, tenantId, ids);
  const grants = await q.grantingResolutions(db, tenantId, grantIds);
  const until = await closingUntilOf(db, tenantId);
  return funds.map((f) => {
    // The one definition of the figures (src/domain/fund-figures): available is 0 and the free
    // rest lapsed once the fiscal year has ended.
    const { figures, fieldLineageIds, purposes } = money.get(f.id) as FundMoney;
    return {
      id: f.id,
      name: f.name,
      fiscalYear: f.fiscalYear,
      budgetLine: f.budgetLine,
      grantingReference: f.grantingReference,
      grantedBy: grants.find((g) => g.id === f.grantingResolutionId) ?? null,
      estimateCents: figures.estimateCents,
      supplementsCents: figures.supplementsCents,
      carriedOverCents: figures.carriedInCents,
      carriedForwardCents: figures.carriedForwardCents,
      transfersInCents: figures.transfersInCents,
      transfersOutCents: figures.transfersOutCents,
      grantedCents: figures.grantedCents,
      blockedCents: figures.blockedCents,
      committedCents: figures.committedOpenCents,
      paidCents: figures.paidCents,
      availableCents: figures.availableCents,
      yearClosed: figures.yearClosed,
      lapsedCents: figures.lapsedCents,
      lateBookingUntil:
        yearStateOn(f.fiscalYear, today, until) === "closingPeriod"
          ? closingPeriodEnd(f.fiscalYear, until)
          : null,
      actionFields: fieldLineageIds.map((lineageId) => ({
        lineageId,
        title: titles.get(lineageId) ?? "",
      })),
      carriedFromFundId: f.carriedFromFundId,
      carriedIntoFundId: carriedInto.find((c) => c.carriedFromFundId === f.id)?.id ?? null,
      purpose: purposes.map(({ fundId: _, ...p }) => ({
        ...p,
        actionField: p.actionFieldLineageId ? (titles.get(p.actionFieldLineageId) ?? null) : null,
      })),
    };
  });
}

export async function listFunds(scope: TenantDb): Promise<{ items: Fund[] }> {
  return scope.transaction(async (tx) => ({
    items: await presentFunds(tx, scope.tenantId, await q.listFunds(tx, scope.tenantId)),
  }));
}

export async function getFund(scope: TenantDb, { fundId }: { fundId: string }): Promise<Fund> {
  return scope.transaction(async (tx) => {
    const rows = await q.listFunds(tx, scope.tenantId, fundId);
    if (!rows.length) throw new DomainError("notFound", "fund.notFound");
    const [fund] = await presentFunds(tx, scope.tenantId, rows);
    return fund as Fund;
  });
}

export async function listBookings(
  scope: TenantDb,
  { fundId, audience = "internal" }: { fundId: string; audience?: Audience },
): Promise<BookingList> {
  return scope.transaction(async (tx) => {
    const rows = await q.listFunds(tx, scope.tenantId, fundId);
    if (!rows.length) throw new DomainError("notFound", "fund.notFound");
    const bookings = await q.bookingsOf(tx, scope.tenantId, [fundId]);
    const titles = await q.measureTitles(tx, scope.tenantId, audience === "public");
    const measureTitles: Record<string, string> = {};
    for (const b of bookings) {
      const title = b.measureId ? titles.get(b.measureId) : undefined;
      if (b.measureId && title) measureTitles[b.measureId] = title;
    }
    return { items: bookings.map(presentBooking), measureTitles };
  });
}

/** A measure's bookings: its commitments and the payments and releases against them. */
export async function measureBookings(
  scope: TenantDb,
  { measureId }: { measureId: string },
): Promise<MeasureBookingList> {
  return scope.transaction(async (tx) => {
    if (!(await q.measureLineage(tx, scope.tenantId, measureId)))
      throw new DomainError("notFound", "measure.notFound");
    const rows = await q.bookingsOfMeasure(tx, scope.tenantId, measureId);
    return { items: rows.map((r) => ({ ...presentBooking(r.booking), fundName: r.fundName })) };
  });
}

/** The funds' rows as other features read them (the committee report's snapshot). */
export { actionFieldTitles, listFunds as listFundRows } from "./queries";
