import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { approvalKinds, bookingKinds } from "../../../../domain/ledger";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { fund } from "./funds";
import { measure } from "./measures";
import { valueCheck } from "./value-check";

/**
 * One entry of the budget ledger. Append-only (a trigger refuses UPDATE and DELETE): a
 * correction is a reversal. Money in integer cents, always positive; the kind gives the sign.
 * A transfer is one row on the source fund naming the target in counter_fund_id.
 */
export const booking = pgTable(
  "booking",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    /** The order of the ledger; balances fold over bookings in this order. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    fundId: uuid("fund_id").notNull(),
    kind: text("kind", { enum: bookingKinds }).notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    date: date("date", { mode: "string" }).notNull(),
    measureId: uuid("measure_id"),
    commitmentId: uuid("commitment_id"),
    reversesBookingId: uuid("reverses_booking_id"),
    counterFundId: uuid("counter_fund_id"),
    documentReference: text("document_reference"),
    note: text("note"),
    reason: text("reason"),
    resolutionReference: text("resolution_reference"),
    /** Who approved a supplement (über-/außerplanmäßig) or a carry-over: a body's resolution or the Landrat. */
    approvalKind: text("approval_kind", { enum: approvalKinds }),
    /** A late booking (Nachbuchung) into a closed fiscal year, inside its closing period: why. */
    lateBookingReason: text("late_booking_reason"),
    idempotencyKey: text("idempotency_key").notNull(),
    requestHash: text("request_hash").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.fundId], foreignColumns: [fund.tenantId, fund.id] }),
    foreignKey({
      columns: [t.tenantId, t.counterFundId],
      foreignColumns: [fund.tenantId, fund.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.measureId],
      foreignColumns: [measure.tenantId, measure.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.commitmentId],
      foreignColumns: [t.tenantId, t.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.reversesBookingId],
      foreignColumns: [t.tenantId, t.id],
    }),
    unique("booking_idempotency_uq").on(t.tenantId, t.idempotencyKey),
    /** A booking is reversed at most once, whatever the application does. */
    unique("booking_reversal_uq").on(t.tenantId, t.reversesBookingId),
    unique("booking_seq_uq").on(t.tenantId, t.seq),
    index("booking_fund_idx").on(t.tenantId, t.fundId, t.seq),
    index("booking_counter_fund_idx").on(t.tenantId, t.counterFundId, t.seq),
    /** A commitment's payments and releases, read for a booking against it (fund_balance). */
    index("booking_commitment_idx").on(t.tenantId, t.commitmentId),
    check("booking_amount_ck", sql`${t.amountCents} > 0`),
    valueCheck("booking_kind_ck", t.kind, bookingKinds),
    check(
      "booking_approval_ck",
      sql`${t.kind} not in ('supplement', 'carryOver') or (${t.approvalKind} is not null and ${t.resolutionReference} is not null)`,
    ),
  ],
);

/**
 * A fund's running sums: what its bookings add up to (the parts of the balance in
 * src/domain/ledger.ts but the estimate, which the fund row holds), updated under the fund's row
 * lock in the transaction of every booking. A booking checks its rules against this row and the
 * few bookings it refers to instead of folding the whole journal; the fold stays the definition
 * (`npm run kurs -- ledger verify` compares them). `last_seq` is the newest booking included:
 * when a newer booking touches the fund (written by another path), the sums are folded afresh.
 */
export const fundBalance = pgTable(
  "fund_balance",
  {
    tenantId: tenantColumn(),
    fundId: uuid("fund_id").notNull(),
    supplementsCents: bigint("supplements_cents", { mode: "number" }).notNull(),
    carriedOverCents: bigint("carried_over_cents", { mode: "number" }).notNull(),
    carriedForwardCents: bigint("carried_forward_cents", { mode: "number" }).notNull(),
    transfersInCents: bigint("transfers_in_cents", { mode: "number" }).notNull(),
    transfersOutCents: bigint("transfers_out_cents", { mode: "number" }).notNull(),
    blockedCents: bigint("blocked_cents", { mode: "number" }).notNull(),
    openCommitmentsCents: bigint("open_commitments_cents", { mode: "number" }).notNull(),
    paidCents: bigint("paid_cents", { mode: "number" }).notNull(),
    lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.fundId] }),
    foreignKey({ columns: [t.tenantId, t.fundId], foreignColumns: [fund.tenantId, fund.id] }),
  ],
);
