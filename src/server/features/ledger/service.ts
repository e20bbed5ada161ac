import { createHash, randomUUID } from "node:crypto";
import type { Booking, BookingInput } from "../../../contract/ledger";
import { DomainError } from "../../../domain/errors";
import { purposeCovers } from "../../../domain/fund-purpose";
import {
  checkBooking,
  type Ledger,
  type Booking as LedgerBooking,
  type Refusal,
} from "../../../domain/ledger";
import { formatEuro } from "../../../domain/money";
import { checkYearClose } from "../../../domain/year-close";
import { recordAudit } from "../../platform/audit/record-audit";
import { todayIso } from "../../platform/clock";
import type { Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { germanDate } from "../../renderers/reports/german-format";
import { closingUntilIn } from "./closing-period";
import * as q from "./queries";
import { presentBooking } from "./read";
import { afterLock, ledgersForBooking, storeSums } from "./running-sums";
import { nextYearFund } from "./year-end";

export interface BookOptions {
  actor: string;
  requestId?: string;
  fundId: string;
  idempotencyKey: string;
  input: BookingInput;
}

/** Canonical JSON (sorted keys) of what was asked, so a replay can be told from a new request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(fundId: string, input: BookingInput): string {
  return createHash("sha256").update(canonical({ fundId, input })).digest("hex");
}

function refusalError(r: Refusal): DomainError {
  const params: Record<string, string | number> = {};
  if (r.missingCents !== undefined) {
    params.missingCents = r.missingCents;
    params.missing = formatEuro(r.missingCents);
  }
  return new DomainError(r.kind, r.code, params, r.path);
}

type Field<K extends string> = BookingInput extends infer I
  ? I extends Record<K, infer V>
    ? V
    : never
  : never;
const field = <K extends string>(input: BookingInput, key: K): Field<K> | undefined =>
  (input as Record<string, unknown>)[key] as Field<K> | undefined;

/**
 * The funds a booking touches: its own, and the counter fund of a transfer or carry-over (or of
 * the booking a reversal reverses). A carry-over without a counter fund goes to the next year's
 * fund carried from this one (created on first use).
 */
async function fundsTouched(tx: Tx, tenantId: string, options: BookOptions): Promise<string[]> {
  const { fundId, input } = options;
  if (input.kind === "transfer") return [fundId, input.counterFundId];
  if (input.kind === "carryOver")
    return [fundId, input.counterFundId ?? (await nextYearFund(tx, tenantId, fundId, options))];
  if (input.kind === "reversal") {
    const target = await q.findBooking(tx, tenantId, input.reversesBookingId);
    if (target?.counterFundId) return [fundId, target.counterFundId];
  }
  return [fundId];
}

type Lineage = Awaited<ReturnType<typeof q.measureLineage>>;

async function checkPurpose(
  tx: Tx,
  tenantId: string,
  fundId: string,
  lineage: Lineage,
  date: string,
) {
  if (!lineage) throw new DomainError("invalid", "ledger.measureUnknown", {}, "measureId");
  const entries = await q.purposeEntries(tx, tenantId, [fundId]);
  if (!purposeCovers(entries, lineage, date))
    throw new DomainError("invalid", "ledger.outsidePurpose", { date }, "measureId");
}

function proposalOf(
  own: Ledger,
  fundId: string,
  input: BookingInput,
  counterFundId: string | undefined,
): LedgerBooking {
  const id = randomUUID();
  const base = { id, fundId, kind: input.kind, date: input.date };
  switch (input.kind) {
    case "commitment":
      return { ...base, amountCents: input.amountCents, measureId: input.measureId };
    case "payment":
      return { ...base, amountCents: input.amountCents, commitmentId: input.commitmentId };
    case "release": {
      const rest = own.commitments.get(input.commitmentId)?.openCents ?? 0;
      return { ...base, amountCents: input.amountCents ?? rest, commitmentId: input.commitmentId };
    }
    case "reversal": {
      const target = own.bookings.get(input.reversesBookingId);
      return {
        ...base,
        amountCents: target?.amountCents ?? 0,
        reversesBookingId: input.reversesBookingId,
        counterFundId: target?.counterFundId ?? null,
      };
    }
    case "transfer":
      return { ...base, amountCents: input.amountCents, counterFundId: input.counterFundId };
    case "carryOver":
      return { ...base, amountCents: input.amountCents, counterFundId: counterFundId ?? null };
    default:
      return { ...base, amountCents: input.amountCents };
  }
}

async function bookOnce(scope: TenantDb, options: BookOptions): Promise<Booking> {
  return scope.transaction((tx) => bookInTransaction(tx, scope.tenantId, options));
}

/**
 * The booking path inside a transaction the caller owns (one booking, or every booking of an
 * import): locks the fund(s) FOR UPDATE, replays an earlier request with the same key, reads the
 * fund's running sums (./running-sums; folds the ledger when they are not current), checks every
 * rule, writes booking + sums + audit. A refusal throws before anything is written.
 */
export async function bookInTransaction(
  tx: Tx,
  tenantId: string,
  options: BookOptions,
): Promise<Booking> {
  const { fundId, input, idempotencyKey } = options;
  const hash = requestHash(fundId, input);
  // Read before the fund lock what the lock does not guard (the measure's place in the concept
  // is not written under a fund lock), so that the lock is held for fewer statements; the
  // county's closing day comes with the lock statement. The rules apply them in order below.
  const lineage =
    input.kind === "commitment" ? await q.measureLineage(tx, tenantId, input.measureId) : null;
  const touched = await fundsTouched(tx, tenantId, options);
  const ids = [...new Set(touched)];
  const { funds, settings } = await q.lockFundsForBooking(tx, tenantId, ids);
  if (!funds.some((f) => f.id === fundId)) throw new DomainError("notFound", "fund.notFound");
  const closingUntil = closingUntilIn(settings);
  // After the lock: a request with the same key that got here first has committed by now.
  const { earlier, stored } = await afterLock(
    tx,
    tenantId,
    funds.map((f) => f.id),
    idempotencyKey,
  );
  if (earlier) {
    if (earlier.requestHash !== hash)
      throw new DomainError("conflict", "ledger.idempotencyKeyReused");
    const row = await q.findBooking(tx, tenantId, earlier.id);
    if (!row) throw new Error("the booking of an idempotency key vanished under the fund lock");
    return presentBooking(row);
  }
  if (funds.length < ids.length)
    throw new DomainError("invalid", "ledger.counterFundUnknown", {}, "counterFundId");
  const own = funds.find((f) => f.id === fundId) as (typeof funds)[number];
  const lateReason = input.lateBooking?.reason ?? null;
  const year = checkYearClose({
    fiscalYear: own.fiscalYear,
    kind: input.kind,
    today: todayIso(),
    lateReason,
    closingUntil,
  });
  // A closed year first: whatever else is wrong with the booking, the year takes none.
  if (!year.ok)
    throw new DomainError(
      "invalid",
      year.code,
      { year: year.params.year, until: germanDate(year.params.until) },
      "date",
    );
  const reversed =
    input.kind === "reversal" ? await q.findBooking(tx, tenantId, input.reversesBookingId) : null;
  const ledgers = await ledgersForBooking(tx, tenantId, funds, input, reversed, stored);
  const proposal = proposalOf(ledgers.get(fundId) as Ledger, fundId, input, touched[1]);
  const result = checkBooking(ledgers, proposal);
  // Shape and date first (a date outside the fiscal year is that, whatever the purpose then).
  if (!result.ok && result.refusal.kind === "invalid") throw refusalError(result.refusal);
  if (input.kind === "commitment") await checkPurpose(tx, tenantId, fundId, lineage, input.date);
  if (!result.ok) throw refusalError(result.refusal);
  const created = await q.insertBooking(tx, {
    tenantId,
    ...proposal,
    measureId: proposal.measureId ?? null,
    commitmentId: proposal.commitmentId ?? null,
    reversesBookingId: proposal.reversesBookingId ?? null,
    counterFundId: proposal.counterFundId ?? null,
    documentReference: input.documentReference ?? null,
    note: input.note ?? null,
    reason: field(input, "reason") ?? null,
    resolutionReference: field(input, "resolutionReference") ?? null,
    approvalKind: field(input, "approvalKind") ?? null,
    lateBookingReason: year.late ? lateReason : null,
    idempotencyKey,
    requestHash: hash,
    createdBy: options.actor,
  });
  await storeSums(tx, tenantId, result.ledgers, created.seq);
  const presented = presentBooking(created);
  await recordAudit(tx, {
    tenantId,
    actor: options.actor,
    requestId: options.requestId,
    action: year.late ? `booking.${input.kind}.late` : `booking.${input.kind}`,
    entityType: "booking",
    entityId: created.id,
    before: null,
    after: {
      ...presented,
      balances: Object.fromEntries(
        [...result.ledgers].map(([id, l]) => [id, { availableCents: l.balance.availableCents }]),
      ),
    },
  });
  return presented;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/**
 * Books one entry: locks the fund(s), replays an earlier request with the same key, folds the
 * ledger, checks every rule, writes booking + audit in one transaction. A refusal writes nothing.
 */
export async function book(scope: TenantDb, options: BookOptions): Promise<Booking> {
  try {
    return await bookOnce(scope, options);
  } catch (error) {
    // Two requests with one key on different funds raced past the lock: the loser replays.
    if (isUniqueViolation(error)) return bookOnce(scope, options);
    throw error;
  }
}
