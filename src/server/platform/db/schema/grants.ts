import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  type ApplicationState,
  applicationStates,
  type CostLine,
  financingTypes,
  type ProposedMeasure,
} from "../../../../domain/grants";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { fund } from "./funds";
import { booking } from "./ledger";
import { measure, partner } from "./measures";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** Förderaufruf: a grant programme on one fund. */
export const grantProgramme = pgTable(
  "grant_programme",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    fundId: uuid("fund_id").notNull(),
    title: text("title").notNull(),
    /** What the programme funds; inside the fund's purpose (the commitment checks that). */
    purpose: text("purpose").notNull(),
    /** Last day to submit (inclusive), or none. */
    deadline: date("deadline", { mode: "string" }),
    financingType: text("financing_type", { enum: financingTypes }).notNull(),
    /** Highest share of the total cost, in basis points (10000 = 100 %). */
    maxShareBasisPoints: integer("max_share_basis_points").notNull(),
    eligibleCostKinds: text("eligible_cost_kinds").array().notNull(),
    /** Nebenbestimmungen (e.g. ANBest-P as adopted by the county). */
    conditions: text("conditions").notNull(),
    /** Payment requests: only what is needed within this many months (null: no such rule). */
    paymentWithinMonths: integer("payment_within_months"),
    /** The proof of use is due this many months after the grant period. */
    proofDueMonths: integer("proof_due_months").notNull().default(6),
    /** A cost kind may exceed its plan by this much, offset elsewhere (ANBest-P Nr. 1.2). */
    overspendAllowancePercent: integer("overspend_allowance_percent").notNull().default(20),
    /** The notice's text (Zuwendungsbescheid) the county edits; {placeholders} are filled. */
    noticeTemplate: text("notice_template"),
    /** Rechtsbehelfsbelehrung. */
    legalRemedy: text("legal_remedy"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.fundId], foreignColumns: [fund.tenantId, fund.id] }),
    check("grant_programme_share_ck", sql`${t.maxShareBasisPoints} between 1 and 10000`),
    check("grant_programme_financing_ck", sql`${t.financingType} in ('deficit', 'share', 'fixed')`),
    check(
      "grant_programme_months_ck",
      sql`(${t.paymentWithinMonths} is null or ${t.paymentWithinMonths} between 0 and 24) and ${t.proofDueMonths} between 0 and 36`,
    ),
    check("grant_programme_overspend_ck", sql`${t.overspendAllowancePercent} between 0 and 100`),
  ],
);

/** Antrag eines Trägers. Money in integer cents; the cost plan as [{costKind, amountCents}]. */
export const grantApplication = pgTable(
  "grant_application",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    programmeId: uuid("programme_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    /** The measure the grant is for (an existing one; the office may name it when granting). */
    measureId: uuid("measure_id"),
    /** A new measure the application proposes; created with the commitment when granted. */
    proposedMeasure: jsonb("proposed_measure").$type<ProposedMeasure>(),
    title: text("title").notNull(),
    description: text("description"),
    costPlan: jsonb("cost_plan").$type<CostLine[]>().notNull(),
    ownCents: bigint("own_cents", { mode: "number" }).notNull(),
    thirdPartyCents: bigint("third_party_cents", { mode: "number" }).notNull(),
    requestedCents: bigint("requested_cents", { mode: "number" }).notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    state: text("state", { enum: applicationStates }).$type<ApplicationState>().notNull(),
    grantedCents: bigint("granted_cents", { mode: "number" }),
    /** The commitment booked on the fund when granted. */
    commitmentId: uuid("commitment_id"),
    noticeReference: text("notice_reference"),
    decidedOn: date("decided_on", { mode: "string" }),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [grantProgramme.tenantId, grantProgramme.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.measureId],
      foreignColumns: [measure.tenantId, measure.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.commitmentId],
      foreignColumns: [booking.tenantId, booking.id],
    }),
    unique("grant_application_notice_uq").on(t.tenantId, t.noticeReference),
    index("grant_application_programme_idx").on(t.tenantId, t.programmeId),
    index("grant_application_partner_idx").on(t.tenantId, t.partnerId),
    check(
      "grant_application_money_ck",
      sql`${t.ownCents} >= 0 and ${t.thirdPartyCents} >= 0 and ${t.requestedCents} > 0 and (${t.grantedCents} is null or ${t.grantedCents} > 0)`,
    ),
    check("grant_application_period_ck", sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

/** Each change of an application's state: dated and reasoned (and audited). */
export const grantApplicationEvent = pgTable(
  "grant_application_event",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    applicationId: uuid("application_id").notNull(),
    fromState: text("from_state", { enum: applicationStates }),
    toState: text("to_state", { enum: applicationStates }).notNull(),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    reason: text("reason"),
    actor: text("actor").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [grantApplication.tenantId, grantApplication.id],
    }),
    index("grant_application_event_idx").on(t.tenantId, t.applicationId),
  ],
);

export const paymentRequestStates = ["requested", "approved", "refused"] as const;

/** Mittelabruf: an instalment the provider asks for; approving it books the payment. */
export const grantPaymentRequest = pgTable(
  "grant_payment_request",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    applicationId: uuid("application_id").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    requestedOn: date("requested_on", { mode: "string" }).notNull(),
    neededBy: date("needed_by", { mode: "string" }).notNull(),
    state: text("state", { enum: paymentRequestStates }).notNull(),
    decidedOn: date("decided_on", { mode: "string" }),
    reason: text("reason"),
    bookingId: uuid("booking_id"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [grantApplication.tenantId, grantApplication.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.bookingId],
      foreignColumns: [booking.tenantId, booking.id],
    }),
    index("grant_payment_request_idx").on(t.tenantId, t.applicationId),
    check("grant_payment_request_amount_ck", sql`${t.amountCents} > 0`),
    check(
      "grant_payment_request_state_ck",
      sql`${t.state} in ('requested', 'approved', 'refused')`,
    ),
  ],
);

export const proofStates = ["submitted", "confirmed"] as const;

/** Verwendungsnachweis: Sachbericht and actual figures; confirmed, it books release/reversal. */
export const grantProofOfUse = pgTable(
  "grant_proof_of_use",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    applicationId: uuid("application_id").notNull(),
    report: text("report").notNull(),
    actualCosts: jsonb("actual_costs").$type<CostLine[]>().notNull(),
    actualThirdPartyCents: bigint("actual_third_party_cents", { mode: "number" }).notNull(),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    state: text("state", { enum: proofStates }).notNull(),
    entitledCents: bigint("entitled_cents", { mode: "number" }),
    reclaimCents: bigint("reclaim_cents", { mode: "number" }),
    releaseCents: bigint("release_cents", { mode: "number" }),
    confirmedOn: date("confirmed_on", { mode: "string" }),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [grantApplication.tenantId, grantApplication.id],
    }),
    unique("grant_proof_of_use_application_uq").on(t.tenantId, t.applicationId),
    check("grant_proof_of_use_third_ck", sql`${t.actualThirdPartyCents} >= 0`),
    check("grant_proof_of_use_state_ck", sql`${t.state} in ('submitted', 'confirmed')`),
  ],
);
