import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { fundSourceKinds } from "../../../../domain/budget-sources";
import { fundPurposeKinds } from "../../../../domain/fund-purpose";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { committee, resolution } from "./council";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

/** Maßnahmenart: a list the office can extend. */
export const measureType = pgTable(
  "measure_type",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("measure_type_key_uq").on(t.tenantId, t.key),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);

/** Zweckgebundene Haushaltsmittel. Money in integer cents. */
export const fund = pgTable(
  "fund",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    name: text("name").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    budgetLine: text("budget_line"),
    estimateCents: bigint("estimate_cents", { mode: "number" }).notNull(),
    grantedByCommitteeId: uuid("granted_by_committee_id"),
    grantingResolutionId: uuid("granting_resolution_id"),
    /** Until a resolution record exists: how the grant is documented. */
    grantingReference: text("granting_reference"),
    /** A Haushaltsrest fund: the previous year's fund (the original grant) it was carried from. */
    carriedFromFundId: uuid("carried_from_fund_id"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    foreignKey({
      columns: [t.tenantId, t.carriedFromFundId],
      foreignColumns: [t.tenantId, t.id],
    }),
    unique("fund_carried_from_uq").on(t.tenantId, t.carriedFromFundId),
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    foreignKey({
      columns: [t.tenantId, t.grantedByCommitteeId],
      foreignColumns: [committee.tenantId, committee.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.grantingResolutionId],
      foreignColumns: [resolution.tenantId, resolution.id],
    }),
    check("fund_estimate_ck", sql`${t.estimateCents} >= 0`),
  ],
);

/**
 * One entry of a fund's purpose (Zweckbindung), valid from a date. The purpose at a date is the
 * set of entries valid then. An entry may be restricted to an action field (e.g. "measure type
 * Sprachkurs in Sprache und Bildung").
 */
export const fundPurposeEntry = pgTable(
  "fund_purpose_entry",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    fundId: uuid("fund_id").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    kind: text("kind", { enum: fundPurposeKinds }).notNull(),
    /** The action field (by lineage) the entry is about or restricted to. */
    actionFieldLineageId: uuid("action_field_lineage_id"),
    /** goal/recommendation/measure lineage or id, depending on kind. */
    targetId: uuid("target_id"),
    measureTypeId: uuid("measure_type_id"),
    resolutionId: uuid("resolution_id"),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.fundId], foreignColumns: [fund.tenantId, fund.id] }),
    foreignKey({
      columns: [t.tenantId, t.measureTypeId],
      foreignColumns: [measureType.tenantId, measureType.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.resolutionId],
      foreignColumns: [resolution.tenantId, resolution.id],
    }),
    valueCheck("fund_purpose_kind_ck", t.kind, fundPurposeKinds),
  ],
);

/**
 * Where a fund's money comes from, with its share: the county's own money or a grant (Land,
 * federal, EU) with its grant notice (Zuwendungsbescheid), deadlines and conditions. Each grant
 * gets its proof-of-use (Verwendungsnachweis) export.
 */
export const fundSource = pgTable(
  "fund_source",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    fundId: uuid("fund_id").notNull(),
    kind: text("kind", { enum: fundSourceKinds }).notNull(),
    name: text("name").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    grantNoticeReference: text("grant_notice_reference"),
    grantNoticeDate: date("grant_notice_date", { mode: "string" }),
    /** Bewilligungszeitraum: the money must be spent by this date. */
    spendBy: date("spend_by", { mode: "string" }),
    /** Verwendungsnachweis due by this date. */
    proofDueBy: date("proof_due_by", { mode: "string" }),
    conditions: text("conditions"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.fundId], foreignColumns: [fund.tenantId, fund.id] }),
    check("fund_source_amount_ck", sql`${t.amountCents} > 0`),
    valueCheck("fund_source_kind_ck", t.kind, fundSourceKinds),
  ],
);
