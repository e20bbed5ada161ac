import { and, asc, between, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import {
  measure,
  staffAssignment,
  staffPosition,
  staffPositionPeriod,
} from "../../platform/db/schema";

export async function listPositions(db: Executor, tenantId: string) {
  const positions = await db
    .select()
    .from(staffPosition)
    .where(eq(staffPosition.tenantId, tenantId))
    .orderBy(asc(staffPosition.title));
  const periods = await db
    .select()
    .from(staffPositionPeriod)
    .where(eq(staffPositionPeriod.tenantId, tenantId))
    .orderBy(asc(staffPositionPeriod.validFrom));
  return { positions, periods };
}

export async function assignmentsBetween(db: Executor, tenantId: string, from: string, to: string) {
  return db
    .select({
      positionId: staffAssignment.positionId,
      measureId: staffAssignment.measureId,
      month: staffAssignment.month,
      fte: staffAssignment.fte,
      title: measure.title,
    })
    .from(staffAssignment)
    .innerJoin(
      measure,
      and(
        eq(measure.tenantId, staffAssignment.tenantId),
        eq(measure.id, staffAssignment.measureId),
      ),
    )
    .where(and(eq(staffAssignment.tenantId, tenantId), between(staffAssignment.month, from, to)))
    .orderBy(asc(staffAssignment.month), asc(measure.title));
}

export async function insertPosition(
  db: Executor,
  row: typeof staffPosition.$inferInsert,
  periods: Omit<typeof staffPositionPeriod.$inferInsert, "tenantId" | "positionId">[],
) {
  const [created] = await db.insert(staffPosition).values(row).returning();
  if (!created) throw new Error("position insert returned nothing");
  await db
    .insert(staffPositionPeriod)
    .values(periods.map((p) => ({ ...p, tenantId: row.tenantId, positionId: created.id })));
  return created;
}

export async function findPosition(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(staffPosition)
    .where(and(eq(staffPosition.tenantId, tenantId), eq(staffPosition.id, id)));
  return rows[0] ?? null;
}

/** One row per month; a second assignment of the same position to the same measure replaces it. */
export async function upsertAssignments(
  db: Executor,
  rows: (typeof staffAssignment.$inferInsert)[],
) {
  if (!rows.length) return;
  await db
    .insert(staffAssignment)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        staffAssignment.tenantId,
        staffAssignment.positionId,
        staffAssignment.measureId,
        staffAssignment.month,
      ],
      set: { fte: sql`excluded.fte` },
    });
}
