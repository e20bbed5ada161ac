import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { trafficLights } from "../../../../domain/measure-progress";
import { measureStatuses } from "../../../../domain/measure-status";
import { municipalityKinds, partnerKinds } from "../../../../domain/partners";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { recommendation } from "./concept";
import { measureType } from "./funds";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

/** Netzwerkpartner: an organisation. Contacts are business contacts only. */
export const partner = pgTable(
  "partner",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    name: text("name").notNull(),
    kind: text("kind", { enum: partnerKinds }).notNull(),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    website: text("website"),
    isExample: boolean("is_example").notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    valueCheck("partner_kind_ck", t.kind, partnerKinds),
  ],
);

/** Stadt, Gemeinde or Samtgemeinde of the county. AGS only where certain. */
export const municipality = pgTable(
  "municipality",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    name: text("name").notNull(),
    kind: text("kind", { enum: municipalityKinds }).notNull(),
    ags: text("ags"),
    position: integer("position").notNull(),
    /** Retired (merged away, renamed by law …): kept on historical data, not offered for new. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    valueCheck("municipality_kind_ck", t.kind, municipalityKinds),
  ],
);

/** Maßnahme. Money in integer cents, staff in FTE (VZÄ). */
export const measure = pgTable(
  "measure",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    title: text("title").notNull(),
    description: text("description"),
    measureTypeId: uuid("measure_type_id").notNull(),
    status: text("status", { enum: measureStatuses }).notNull().default("planned"),
    startOn: date("start_on", { mode: "string" }),
    endOn: date("end_on", { mode: "string" }),
    responsibleUnit: text("responsible_unit"),
    responsiblePerson: text("responsible_person"),
    targetGroups: text("target_groups").array().notNull().default(sql`'{}'::text[]`),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    plannedCents: bigint("planned_cents", { mode: "number" }).notNull().default(0),
    plannedFte: numeric("planned_fte", { precision: 6, scale: 2, mode: "number" })
      .notNull()
      .default(0),
    weight: integer("weight").notNull().default(1),
    manualCompletion: integer("manual_completion"),
    internalNote: text("internal_note"),
    /** Shown on the public site (/oeffentlich) only when the office marked it so. */
    isPublic: boolean("is_public").notNull().default(false),
    isExample: boolean("is_example").notNull().default(false),
    createdAt: createdAtColumn(),
    // What the rules derive from the measure's own history (src/domain/measure-progress.ts,
    // `deriveMeasure`), written by measures/derived.ts in the transaction of every change to the
    // measure, its milestones or its progress updates. No "today" is stored: readers compare
    // these dates with the cut-offs of the day.
    latestUpdateOn: date("latest_update_on", { mode: "string" }),
    latestTrafficLight: text("latest_traffic_light", { enum: trafficLights }),
    openMilestoneDueOn: date("open_milestone_due_on", { mode: "string" }),
    completion: integer("completion").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("measure_latest_update_idx").on(t.tenantId, t.latestUpdateOn),
    foreignKey({
      columns: [t.tenantId, t.measureTypeId],
      foreignColumns: [measureType.tenantId, measureType.id],
    }),
    valueCheck("measure_status_ck", t.status, measureStatuses),
    check("measure_planned_cents_ck", sql`${t.plannedCents} >= 0`),
    check("measure_planned_fte_ck", sql`${t.plannedFte} >= 0`),
    check("measure_weight_ck", sql`${t.weight} between 1 and 10`),
    check(
      "measure_completion_ck",
      sql`${t.manualCompletion} is null or ${t.manualCompletion} between 0 and 100`,
    ),
    check(
      "measure_dates_ck",
      sql`${t.endOn} is null or ${t.startOn} is null or ${t.endOn} >= ${t.startOn}`,
    ),
    index("measure_search_idx").using(
      "gin",
      sql`to_tsvector('german', ${t.title} || ' ' || coalesce(${t.description}, ''))`,
    ),
  ],
);

const measureFk = (t: { tenantId: AnyPgColumn; measureId: AnyPgColumn }) =>
  foreignKey({
    columns: [t.tenantId, t.measureId],
    foreignColumns: [measure.tenantId, measure.id],
  }).onDelete("cascade");

export const measureRecommendation = pgTable(
  "measure_recommendation",
  {
    tenantId: tenantColumn(),
    measureId: uuid("measure_id").notNull(),
    recommendationId: uuid("recommendation_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.recommendationId] }),
    measureFk(t),
    foreignKey({
      columns: [t.tenantId, t.recommendationId],
      foreignColumns: [recommendation.tenantId, recommendation.id],
    }),
  ],
);

export const measurePartner = pgTable(
  "measure_partner",
  {
    tenantId: tenantColumn(),
    measureId: uuid("measure_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    /** The partner runs the measure (its accounts may report progress). */
    isLead: boolean("is_lead").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.partnerId] }),
    measureFk(t),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }),
    index("measure_partner_partner_idx").on(t.tenantId, t.partnerId),
  ],
);

export const measureMunicipality = pgTable(
  "measure_municipality",
  {
    tenantId: tenantColumn(),
    measureId: uuid("measure_id").notNull(),
    municipalityId: uuid("municipality_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.municipalityId] }),
    measureFk(t),
    foreignKey({
      columns: [t.tenantId, t.municipalityId],
      foreignColumns: [municipality.tenantId, municipality.id],
    }),
    index("measure_municipality_idx").on(t.tenantId, t.municipalityId),
  ],
);

export const milestone = pgTable(
  "milestone",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    measureId: uuid("measure_id").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    doneOn: date("done_on", { mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), measureFk(t)],
);

/** Every status change with its date and reason; the measure keeps the current status. */
export const measureStatusChange = pgTable(
  "measure_status_change",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    measureId: uuid("measure_id").notNull(),
    fromStatus: text("from_status", { enum: measureStatuses }),
    toStatus: text("to_status", { enum: measureStatuses }).notNull(),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    actor: text("actor").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    measureFk(t),
    valueCheck("measure_status_change_to_ck", t.toStatus, measureStatuses),
  ],
);

/** Sachstand: dated text with a traffic light and optional figures (aggregates only). */
export const progressUpdate = pgTable(
  "progress_update",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    measureId: uuid("measure_id").notNull(),
    reportedOn: date("reported_on", { mode: "string" }).notNull(),
    trafficLight: text("traffic_light", { enum: trafficLights }).notNull(),
    text: text("text").notNull(),
    figures: jsonb("figures")
      .$type<{ label: string; value: number; unit: string | null }[]>()
      .notNull()
      .default([]),
    actor: text("actor").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    measureFk(t),
    index("progress_update_measure_idx").on(t.tenantId, t.measureId, t.reportedOn),
    valueCheck("progress_update_light_ck", t.trafficLight, trafficLights),
  ],
);
