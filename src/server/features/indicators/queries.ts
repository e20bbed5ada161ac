import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { DomainError } from "../../../domain/errors";
import type { ObservationStatus } from "../../../domain/indicator";
import type { Executor } from "../../platform/db/database";
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
} from "../../platform/db/schema";

/** Reads and writes of the indicator aggregate (definitions, partners, targets, values). */
export type IndicatorRow = typeof indicator.$inferSelect;

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
  filter: { indicatorId?: string; status?: Exclude<ObservationStatus, "superseded"> } = {},
) {
  // Superseded values are history (kept, and in the audit log), not figures.
  const conditions = [
    eq(indicatorValue.tenantId, tenantId),
    sql`${indicatorValue.status} <> 'superseded'`,
  ];
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

export type Cell = { indicatorId: string; period: string; municipalityId: string | null };

const sameCell = (tenantId: string, cell: Cell) =>
  and(
    eq(indicatorValue.tenantId, tenantId),
    eq(indicatorValue.indicatorId, cell.indicatorId),
    eq(indicatorValue.period, cell.period),
    cell.municipalityId
      ? eq(indicatorValue.municipalityId, cell.municipalityId)
      : sql`${indicatorValue.municipalityId} is null`,
  );

const sameAuthor = (partnerId: string | null) =>
  partnerId ? eq(indicatorValue.partnerId, partnerId) : sql`${indicatorValue.partnerId} is null`;

/**
 * Saves an entry as its author's draft of one cell: replaces that author's own draft (a partner
 * organisation, or the office when `partnerId` is null), never another organisation's draft and
 * never the approved value — those stay as they are, side by side. Locks the indicator first, so
 * that entries for one indicator run one after the other.
 */
export async function saveDraft(
  db: Executor,
  row: typeof indicatorValue.$inferInsert & { tenantId: string },
) {
  await findIndicator(db, row.tenantId, row.indicatorId, true);
  const cell = {
    indicatorId: row.indicatorId,
    period: row.period,
    municipalityId: row.municipalityId ?? null,
  };
  const fields = {
    value: row.value ?? null,
    mark: row.mark ?? null,
    source: row.source ?? null,
    referenceDate: row.referenceDate ?? null,
    enteredBy: row.enteredBy,
  };
  const [updated] = await db
    .update(indicatorValue)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(
      and(
        sameCell(row.tenantId, cell),
        sameAuthor(row.partnerId ?? null),
        eq(indicatorValue.status, "draft"),
      ),
    )
    .returning();
  if (updated) return updated;
  const [inserted] = await db
    .insert(indicatorValue)
    .values({ ...row, ...fields, status: "draft", approvedBy: null, approvedAt: null })
    .returning();
  if (!inserted) throw new Error("indicator value insert returned nothing");
  return inserted;
}

/** The author's own draft of a cell (the office's when `partnerId` is null), or null. */
export async function findDraft(
  db: Executor,
  tenantId: string,
  cell: Cell,
  partnerId: string | null,
) {
  const rows = await db
    .select()
    .from(indicatorValue)
    .where(
      and(sameCell(tenantId, cell), sameAuthor(partnerId), eq(indicatorValue.status, "draft")),
    );
  return rows[0] ?? null;
}

/** The value of a cell in force (approved), or null. */
export async function findApproved(db: Executor, tenantId: string, cell: Cell) {
  const rows = await db
    .select()
    .from(indicatorValue)
    .where(and(sameCell(tenantId, cell), eq(indicatorValue.status, "approved")));
  return rows[0] ?? null;
}

/**
 * Approves drafts: per cell the approved value in force until now becomes `superseded` (kept),
 * then the draft is approved. Two drafts of one cell in one call: refused by the caller.
 */
export async function approveValues(
  db: Executor,
  tenantId: string,
  indicatorId: string,
  ids: string[],
  approvedBy: string,
) {
  const drafts = ids.length
    ? await db
        .select()
        .from(indicatorValue)
        .where(
          and(
            eq(indicatorValue.tenantId, tenantId),
            eq(indicatorValue.indicatorId, indicatorId),
            eq(indicatorValue.status, "draft"),
            inArray(indicatorValue.id, ids),
          ),
        )
    : [];
  // In the order given: the first id whose cell already has a chosen draft is refused.
  const cellOf = new Map(drafts.map((d) => [d.id, `${d.period}/${d.municipalityId ?? ""}`]));
  const cells = ids.map((id) => cellOf.get(id));
  const twice = cells.findIndex((c, i) => c !== undefined && cells.indexOf(c) !== i);
  if (twice >= 0)
    throw new DomainError("conflict", "indicator.oneDraftPerCell", {}, `valueIds.${twice}`);
  for (const draft of drafts) {
    await db
      .update(indicatorValue)
      .set({ status: "superseded", updatedAt: sql`now()` })
      .where(and(sameCell(tenantId, draft), eq(indicatorValue.status, "approved")));
  }
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
