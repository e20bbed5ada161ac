import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { measure } from "./measures";
import { tenant } from "./tenant";

const fte = (name: string) => numeric(name, { precision: 6, scale: 2, mode: "number" });

/** Stelle of the office (no personal data: a position, not a person). */
export const staffPosition = pgTable(
  "staff_position",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    title: text("title").notNull(),
    unit: text("unit"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);

/** The FTE (VZÄ) of a position for a period; validTo null = open-ended. */
export const staffPositionPeriod = pgTable(
  "staff_position_period",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    positionId: uuid("position_id").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    fte: fte("fte").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.positionId],
      foreignColumns: [staffPosition.tenantId, staffPosition.id],
    }).onDelete("cascade"),
    check("staff_position_period_fte_ck", sql`${t.fte} > 0`),
    check(
      "staff_position_period_dates_ck",
      sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/** A share of a position (FTE) assigned to a measure for one month (first day of the month). */
export const staffAssignment = pgTable(
  "staff_assignment",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    positionId: uuid("position_id").notNull(),
    measureId: uuid("measure_id").notNull(),
    month: date("month", { mode: "string" }).notNull(),
    fte: fte("fte").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("staff_assignment_uq").on(t.tenantId, t.positionId, t.measureId, t.month),
    foreignKey({
      columns: [t.tenantId, t.positionId],
      foreignColumns: [staffPosition.tenantId, staffPosition.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.measureId],
      foreignColumns: [measure.tenantId, measure.id],
    }).onDelete("cascade"),
    index("staff_assignment_month_idx").on(t.tenantId, t.month),
    check("staff_assignment_fte_ck", sql`${t.fte} > 0`),
    check("staff_assignment_month_ck", sql`extract(day from ${t.month}) = 1`),
  ],
);
