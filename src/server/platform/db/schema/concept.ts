import {
  boolean,
  date,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { conceptItemKinds } from "../../../../domain/concept-diff";
import { conceptVersionStatuses, recommendationStatuses } from "../../../../domain/concept-version";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

/** A version (Fortschreibung) of the integration concept. Adopted versions never change. */
export const conceptVersion = pgTable(
  "concept_version",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: conceptVersionStatuses }).notNull(),
    adoptedOn: date("adopted_on", { mode: "string" }),
    adoptingResolutionId: uuid("adopting_resolution_id"),
    basedOnVersionId: uuid("based_on_version_id"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("concept_version_number_uq").on(t.tenantId, t.number),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    foreignKey({
      columns: [t.tenantId, t.basedOnVersionId],
      foreignColumns: [t.tenantId, t.id],
    }),
    valueCheck("concept_version_status_ck", t.status, conceptVersionStatuses),
  ],
);

/** Handlungsfeld with its guiding goal (Leitziel). lineageId stays the same across versions. */
export const actionField = pgTable(
  "action_field",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    conceptVersionId: uuid("concept_version_id").notNull(),
    lineageId: uuid("lineage_id").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    guidingGoal: text("guiding_goal"),
    isExample: boolean("is_example").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("action_field_position_uq").on(t.tenantId, t.conceptVersionId, t.position),
    foreignKey({
      columns: [t.tenantId, t.conceptVersionId],
      foreignColumns: [conceptVersion.tenantId, conceptVersion.id],
    }).onDelete("cascade"),
  ],
);

/** Handlungsziel. */
export const goal = pgTable(
  "goal",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    conceptVersionId: uuid("concept_version_id").notNull(),
    actionFieldId: uuid("action_field_id").notNull(),
    lineageId: uuid("lineage_id").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    isExample: boolean("is_example").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.conceptVersionId],
      foreignColumns: [conceptVersion.tenantId, conceptVersion.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.actionFieldId],
      foreignColumns: [actionField.tenantId, actionField.id],
    }).onDelete("cascade"),
  ],
);

/** Handlungsempfehlung with its own status. */
export const recommendation = pgTable(
  "recommendation",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    conceptVersionId: uuid("concept_version_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    lineageId: uuid("lineage_id").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    status: text("status", { enum: recommendationStatuses }).notNull().default("adopted"),
    isExample: boolean("is_example").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.conceptVersionId],
      foreignColumns: [conceptVersion.tenantId, conceptVersion.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.goalId],
      foreignColumns: [goal.tenantId, goal.id],
    }).onDelete("cascade"),
    valueCheck("recommendation_status_ck", t.status, recommendationStatuses),
  ],
);

/** Strategic focus (Schwerpunkt): an action field for a period, ideally set by a resolution. */
export const focus = pgTable(
  "focus",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    actionFieldLineageId: uuid("action_field_lineage_id").notNull(),
    validFrom: date("valid_from", { mode: "string" }),
    validTo: date("valid_to", { mode: "string" }),
    resolutionId: uuid("resolution_id"),
    basis: text("basis").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);

/**
 * Where the references (measures, fund purposes, indicators, focus) of an item taken out of a
 * draft go once that draft is adopted: from the removed item's lineage to the target's lineage.
 * Recorded when an item is removed or merged in a draft; applied by the adopting resolution.
 */
export const conceptRelink = pgTable(
  "concept_relink",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    conceptVersionId: uuid("concept_version_id").notNull(),
    kind: text("kind", { enum: conceptItemKinds }).notNull(),
    fromLineageId: uuid("from_lineage_id").notNull(),
    toLineageId: uuid("to_lineage_id").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("concept_relink_from_uq").on(t.tenantId, t.conceptVersionId, t.kind, t.fromLineageId),
    foreignKey({
      columns: [t.tenantId, t.conceptVersionId],
      foreignColumns: [conceptVersion.tenantId, conceptVersion.id],
    }).onDelete("cascade"),
    valueCheck("concept_relink_kind_ck", t.kind, conceptItemKinds),
  ],
);
