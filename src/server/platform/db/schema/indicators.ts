import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  aggregations,
  indicatorDirections,
  indicatorUnits,
  observationStatuses,
  periodicities,
  suppressionMarks,
} from "../../../../domain/indicator";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { municipality, partner } from "./measures";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/**
 * Kennzahl: its definition. The action field and goal are named by their lineage (stable across
 * concept versions). A ratio indicator is computed from two others and takes no values itself.
 */
export const indicator = pgTable(
  "indicator",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    unit: text("unit", { enum: indicatorUnits }).notNull(),
    direction: text("direction", { enum: indicatorDirections }).notNull(),
    actionFieldLineageId: uuid("action_field_lineage_id"),
    goalLineageId: uuid("goal_lineage_id"),
    source: text("source"),
    periodicity: text("periodicity", { enum: periodicities }).notNull(),
    publishable: boolean("publishable").notNull().default(false),
    aggregation: text("aggregation", { enum: aggregations }).notNull().default("sum"),
    numeratorId: uuid("numerator_id"),
    denominatorId: uuid("denominator_id"),
    /** A proposal of the starter catalogue the county has not adopted yet (Beispieldaten). */
    isProposal: boolean("is_proposal").notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("indicator_key_uq").on(t.tenantId, t.key),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    foreignKey({
      columns: [t.tenantId, t.numeratorId],
      foreignColumns: [t.tenantId, t.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.denominatorId],
      foreignColumns: [t.tenantId, t.id],
    }),
    valueCheck("indicator_unit_ck", t.unit, indicatorUnits),
    valueCheck("indicator_direction_ck", t.direction, indicatorDirections),
    valueCheck("indicator_periodicity_ck", t.periodicity, periodicities),
    valueCheck("indicator_aggregation_ck", t.aggregation, aggregations),
    check(
      "indicator_ratio_ck",
      sql`(${t.aggregation} = 'ratio') = (${t.numeratorId} is not null and ${t.denominatorId} is not null)`,
    ),
  ],
);

const indicatorFk = (t: { tenantId: AnyPgColumn; indicatorId: AnyPgColumn }) =>
  foreignKey({
    columns: [t.tenantId, t.indicatorId],
    foreignColumns: [indicator.tenantId, indicator.id],
  }).onDelete("cascade");

/** Which partner organisations report an indicator (their accounts may enter its values). */
export const indicatorPartner = pgTable(
  "indicator_partner",
  {
    tenantId: tenantColumn(),
    indicatorId: uuid("indicator_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.indicatorId, t.partnerId] }),
    indicatorFk(t),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }).onDelete("cascade"),
    index("indicator_partner_partner_idx").on(t.tenantId, t.partnerId),
  ],
);

/** Zielwert per indicator and year. */
export const indicatorTarget = pgTable(
  "indicator_target",
  {
    tenantId: tenantColumn(),
    indicatorId: uuid("indicator_id").notNull(),
    year: integer("year").notNull(),
    value: doublePrecision("value").notNull(),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.indicatorId, t.year] }),
    indicatorFk(t),
    check("indicator_target_year_ck", sql`${t.year} between 2000 and 2100`),
  ],
);

/** NULL as a key: "no municipality" / "the office" are one cell, one author each. */
const noneUuid = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Messwert: one value of an indicator for a period ("2025", "2025-Q2", "2025-03") and optionally a
 * municipality. A value withheld at the source keeps its mark ("." or "*") and no number – never 0.
 *
 * Values are owned by their author: per cell at most one draft per organisation (`partner_id`,
 * NULL = the office) and at most one approved value; approving a draft marks the approved value
 * it replaces `superseded` (kept, never overwritten).
 */
export const indicatorValue = pgTable(
  "indicator_value",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    indicatorId: uuid("indicator_id").notNull(),
    period: text("period").notNull(),
    municipalityId: uuid("municipality_id"),
    value: doublePrecision("value"),
    mark: text("mark"),
    source: text("source"),
    referenceDate: date("reference_date", { mode: "string" }),
    enteredBy: text("entered_by").notNull(),
    partnerId: uuid("partner_id"),
    status: text("status", { enum: observationStatuses }).notNull().default("draft"),
    approvedBy: text("approved_by"),
    approvedAt: ts("approved_at"),
    createdAt: createdAtColumn(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    indicatorFk(t),
    foreignKey({
      columns: [t.tenantId, t.municipalityId],
      foreignColumns: [municipality.tenantId, municipality.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }),
    uniqueIndex("indicator_value_approved_uq")
      .on(t.tenantId, t.indicatorId, t.period, sql`coalesce(${t.municipalityId}, ${noneUuid})`)
      .where(sql`${t.status} = 'approved'`),
    uniqueIndex("indicator_value_draft_uq")
      .on(
        t.tenantId,
        t.indicatorId,
        t.period,
        sql`coalesce(${t.municipalityId}, ${noneUuid})`,
        sql`coalesce(${t.partnerId}, ${noneUuid})`,
      )
      .where(sql`${t.status} = 'draft'`),
    valueCheck("indicator_value_status_ck", t.status, observationStatuses),
    valueCheck("indicator_value_mark_ck", t.mark, suppressionMarks, { orNull: true }),
    check("indicator_value_number_or_mark_ck", sql`(${t.value} is null) <> (${t.mark} is null)`),
    check("indicator_value_period_ck", sql`${t.period} ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'`),
    index("indicator_value_indicator_idx").on(t.tenantId, t.indicatorId, t.period),
  ],
);

/**
 * A scoped link for a partner without an account: one organisation, named indicators and
 * periods, until it expires or is revoked. Only the SHA-256 of its token is stored.
 */
export const indicatorSubmissionLink = pgTable(
  "indicator_submission_link",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    partnerId: uuid("partner_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    indicatorIds: uuid("indicator_ids").array().notNull(),
    periods: text("periods").array().notNull(),
    note: text("note"),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
    createdBy: text("created_by").notNull(),
    lastUsedAt: ts("last_used_at"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("indicator_submission_link_token_uq").on(t.tenantId, t.tokenHash),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }).onDelete("cascade"),
  ],
);
