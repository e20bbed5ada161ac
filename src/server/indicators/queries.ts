import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import {
  actionField,
  conceptVersion,
  goal,
  indicator,
  indicatorPartner,
  indicatorTarget,
  indicatorValue,
  municipality,
  partner,
  tenant,
} from "../db/schema";

/** Reads and writes of the indicator aggregate (definitions, partners, targets, values). */
export type IndicatorRow = typeof indicator.$inferSelect;
export type ValueRow = typeof indicatorValue.$inferSelect;

export async function listIndicators(db: Executor, tenantId: string) {
  return db
    .select()
    .from(indicator)
    .where(eq(indicator.tenantId, tenantId))
    .orderBy(asc(indicator.key));
}

export async function findIndicator(db: Executor, tenantId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(indicator)
    .where(and(eq(indicator.tenantId, tenantId), eq(indicator.id, id)));
  const rows = lock ? await query.for("update") : await query;
  return rows[0] ?? null;
}

export async function findIndicatorByKey(db: Executor, tenantId: string, key: string) {
  const rows = await db
    .select({ id: indicator.id })
    .from(indicator)
    .where(and(eq(indicator.tenantId, tenantId), eq(indicator.key, key)));
  return rows[0] ?? null;
}

export async function insertIndicator(db: Executor, row: typeof indicator.$inferInsert) {
  const [created] = await db.insert(indicator).values(row).returning();
  if (!created) throw new Error("indicator insert returned nothing");
  return created;
}

export async function updateIndicator(
  db: Executor,
  tenantId: string,
  id: string,
  values: Partial<typeof indicator.$inferInsert>,
) {
  await db
    .update(indicator)
    .set(values)
    .where(and(eq(indicator.tenantId, tenantId), eq(indicator.id, id)));
}

export async function deleteIndicator(db: Executor, tenantId: string, id: string) {
  await db.delete(indicator).where(and(eq(indicator.tenantId, tenantId), eq(indicator.id, id)));
}

export async function usedInRatio(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ id: indicator.id })
    .from(indicator)
    .where(
      and(
        eq(indicator.tenantId, tenantId),
        sql`(${indicator.numeratorId} = ${id} or ${indicator.denominatorId} = ${id})`,
      ),
    );
  return rows.length > 0;
}

export async function partnerLinks(db: Executor, tenantId: string) {
  return db
    .select({ indicatorId: indicatorPartner.indicatorId, partnerId: indicatorPartner.partnerId })
    .from(indicatorPartner)
    .where(eq(indicatorPartner.tenantId, tenantId));
}

export async function replacePartners(
  db: Executor,
  tenantId: string,
  indicatorId: string,
  partnerIds: string[],
) {
  await db
    .delete(indicatorPartner)
    .where(
      and(eq(indicatorPartner.tenantId, tenantId), eq(indicatorPartner.indicatorId, indicatorId)),
    );
  if (partnerIds.length)
    await db
      .insert(indicatorPartner)
      .values(partnerIds.map((partnerId) => ({ tenantId, indicatorId, partnerId })));
}

export async function isAssigned(
  db: Executor,
  tenantId: string,
  indicatorId: string,
  partnerId: string,
) {
  const rows = await db
    .select({ p: indicatorPartner.partnerId })
    .from(indicatorPartner)
    .where(
      and(
        eq(indicatorPartner.tenantId, tenantId),
        eq(indicatorPartner.indicatorId, indicatorId),
        eq(indicatorPartner.partnerId, partnerId),
      ),
    );
  return rows.length > 0;
}

export async function listTargets(db: Executor, tenantId: string, indicatorId?: string) {
  return db
    .select()
    .from(indicatorTarget)
    .where(
      indicatorId
        ? and(eq(indicatorTarget.tenantId, tenantId), eq(indicatorTarget.indicatorId, indicatorId))
        : eq(indicatorTarget.tenantId, tenantId),
    )
    .orderBy(asc(indicatorTarget.year));
}

export async function replaceTargets(
  db: Executor,
  tenantId: string,
  indicatorId: string,
  targets: { year: number; value: number; note: string | null }[],
) {
  await db
    .delete(indicatorTarget)
    .where(
      and(eq(indicatorTarget.tenantId, tenantId), eq(indicatorTarget.indicatorId, indicatorId)),
    );
  if (targets.length)
    await db.insert(indicatorTarget).values(targets.map((t) => ({ tenantId, indicatorId, ...t })));
}

export async function listValues(
  db: Executor,
  tenantId: string,
  filter: { indicatorId?: string; status?: "draft" | "approved" } = {},
) {
  const conditions = [eq(indicatorValue.tenantId, tenantId)];
  if (filter.indicatorId) conditions.push(eq(indicatorValue.indicatorId, filter.indicatorId));
  if (filter.status) conditions.push(eq(indicatorValue.status, filter.status));
  return db
    .select({
      value: indicatorValue,
      municipalityName: municipality.name,
      municipalityAgs: municipality.ags,
      partnerName: partner.name,
    })
    .from(indicatorValue)
    .leftJoin(
      municipality,
      and(
        eq(municipality.tenantId, indicatorValue.tenantId),
        eq(municipality.id, indicatorValue.municipalityId),
      ),
    )
    .leftJoin(
      partner,
      and(eq(partner.tenantId, indicatorValue.tenantId), eq(partner.id, indicatorValue.partnerId)),
    )
    .where(and(...conditions))
    .orderBy(asc(indicatorValue.period), asc(municipality.position));
}

/**
 * The approved values as figures need them (no names, no provenance): what the public site and
 * committee reports read, optionally only of some years.
 */
export async function approvedFigureValues(
  db: Executor,
  tenantId: string,
  /** Only periods of these years (a period starts with its year: 2024, 2024-Q3, 2024-07). */
  years?: { from: number; to: number },
) {
  const conditions = [eq(indicatorValue.tenantId, tenantId), eq(indicatorValue.status, "approved")];
  if (years)
    conditions.push(
      gte(indicatorValue.period, String(years.from)),
      lt(indicatorValue.period, String(years.to + 1)),
    );
  return db
    .select({
      indicatorId: indicatorValue.indicatorId,
      period: indicatorValue.period,
      municipalityId: indicatorValue.municipalityId,
      value: indicatorValue.value,
      status: indicatorValue.status,
    })
    .from(indicatorValue)
    .where(and(...conditions))
    .orderBy(asc(indicatorValue.period), asc(indicatorValue.municipalityId));
}

/** Inserts or replaces the value of one cell (indicator, period, municipality) as a draft. */
export async function upsertValue(db: Executor, row: typeof indicatorValue.$inferInsert) {
  const [saved] = await db
    .insert(indicatorValue)
    .values(row)
    .onConflictDoUpdate({
      target: [
        indicatorValue.tenantId,
        indicatorValue.indicatorId,
        indicatorValue.period,
        indicatorValue.municipalityId,
      ],
      set: {
        value: row.value ?? null,
        mark: row.mark ?? null,
        source: row.source ?? null,
        referenceDate: row.referenceDate ?? null,
        enteredBy: row.enteredBy,
        partnerId: row.partnerId ?? null,
        status: row.status ?? "draft",
        approvedBy: row.approvedBy ?? null,
        approvedAt: row.approvedAt ?? null,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!saved) throw new Error("indicator value upsert returned nothing");
  return saved;
}

export async function findValueCell(
  db: Executor,
  tenantId: string,
  cell: { indicatorId: string; period: string; municipalityId: string | null },
) {
  const rows = await db
    .select()
    .from(indicatorValue)
    .where(
      and(
        eq(indicatorValue.tenantId, tenantId),
        eq(indicatorValue.indicatorId, cell.indicatorId),
        eq(indicatorValue.period, cell.period),
        cell.municipalityId
          ? eq(indicatorValue.municipalityId, cell.municipalityId)
          : sql`${indicatorValue.municipalityId} is null`,
      ),
    );
  return rows[0] ?? null;
}

export async function approveValues(
  db: Executor,
  tenantId: string,
  indicatorId: string,
  ids: string[],
  approvedBy: string,
) {
  return db
    .update(indicatorValue)
    .set({ status: "approved", approvedBy, approvedAt: sql`now()` })
    .where(
      and(
        eq(indicatorValue.tenantId, tenantId),
        eq(indicatorValue.indicatorId, indicatorId),
        eq(indicatorValue.status, "draft"),
        inArray(indicatorValue.id, ids),
      ),
    )
    .returning({ id: indicatorValue.id, period: indicatorValue.period });
}

/** Action fields and goals of the adopted concept version in force. */
export async function adoptedFieldsAndGoals(db: Executor, tenantId: string) {
  const fields = await db
    .select({
      lineageId: actionField.lineageId,
      position: actionField.position,
      title: actionField.title,
      versionId: actionField.conceptVersionId,
    })
    .from(actionField)
    .innerJoin(
      conceptVersion,
      and(
        eq(conceptVersion.tenantId, actionField.tenantId),
        eq(conceptVersion.id, actionField.conceptVersionId),
      ),
    )
    .where(and(eq(actionField.tenantId, tenantId), eq(conceptVersion.status, "adopted")))
    .orderBy(asc(actionField.position));
  const goals = await db
    .select({
      lineageId: goal.lineageId,
      title: goal.title,
      fieldId: goal.actionFieldId,
      fieldLineage: actionField.lineageId,
    })
    .from(goal)
    .innerJoin(
      actionField,
      and(eq(actionField.tenantId, goal.tenantId), eq(actionField.id, goal.actionFieldId)),
    )
    .innerJoin(
      conceptVersion,
      and(eq(conceptVersion.tenantId, goal.tenantId), eq(conceptVersion.id, goal.conceptVersionId)),
    )
    .where(and(eq(goal.tenantId, tenantId), eq(conceptVersion.status, "adopted")))
    .orderBy(asc(goal.position));
  return fields.map((f) => ({
    lineageId: f.lineageId,
    position: f.position,
    title: f.title,
    goals: goals
      .filter((g) => g.fieldLineage === f.lineageId)
      .map((g) => ({ lineageId: g.lineageId, title: g.title })),
  }));
}

export async function disclosureThreshold(db: Executor, tenantId: string): Promise<number> {
  const rows = await db
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  const value = rows[0]?.settings?.disclosureThreshold;
  return typeof value === "number" && value >= 1 ? value : 3;
}
