import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { FundFacts } from "../../../domain/ledger";
import type { Executor } from "../../platform/db/database";
import {
  actionField,
  booking,
  committee,
  fund,
  fundPurposeEntry,
  fundSource,
  measure,
  measureType,
  resolution,
} from "../../platform/db/schema";
import { isPublished } from "../measures/published";
import { recommendationLinks } from "../measures/read";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BookingRow = typeof booking.$inferSelect;

/**
 * Locks the funds' rows for the rest of the transaction (in id order, so two transfers never
 * deadlock): every booking on a fund waits here, which serialises the balance check.
 */
export async function lockFunds(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(fund)
    .where(and(eq(fund.tenantId, tenantId), inArray(fund.id, ids)))
    .orderBy(asc(fund.id))
    .for("update");
}

/**
 * The booking path's fund lock (as `lockFunds`, in id order), returning only what the rules read
 * of a fund (id, fiscal year, estimate) and, in the same round trip, the county's settings (read
 * in the statement's snapshot: the lock does not guard them). A short statement from a template,
 * not the query builder with every column of the fund: every booking takes this path. Ids that
 * are not uuids name no fund.
 */
export async function lockFundsForBooking(
  db: Executor,
  tenantId: string,
  ids: string[],
): Promise<{ funds: FundFacts[]; settings: unknown }> {
  const valid = ids.filter((id) => uuidPattern.test(id));
  const result = (await db.execute(sql`
    select id::text as id, fiscal_year, estimate_cents,
           (select settings from tenant where id = ${tenantId}) as settings
      from fund
     where tenant_id = ${tenantId} and id = any(${`{${valid.join(",")}}`}::uuid[])
     order by fund.id for update`)) as unknown as {
    rows: {
      id: string;
      fiscal_year: number | string;
      estimate_cents: number | string;
      settings: unknown;
    }[];
  };
  return {
    funds: result.rows.map((r) => ({
      id: r.id,
      fiscalYear: Number(r.fiscal_year),
      estimateCents: Number(r.estimate_cents),
    })),
    settings: result.rows[0]?.settings,
  };
}

export async function listFunds(db: Executor, tenantId: string, fundId?: string) {
  return db
    .select()
    .from(fund)
    .where(and(eq(fund.tenantId, tenantId), fundId ? eq(fund.id, fundId) : undefined))
    .orderBy(sql`${fund.fiscalYear} desc`, asc(fund.name));
}

/** Bookings that touch the funds (own rows and the target side of transfers), in ledger order. */
export async function bookingsOf(db: Executor, tenantId: string, fundIds: string[]) {
  if (!fundIds.length) return [];
  return db
    .select()
    .from(booking)
    .where(
      and(
        eq(booking.tenantId, tenantId),
        or(inArray(booking.fundId, fundIds), inArray(booking.counterFundId, fundIds)),
      ),
    )
    .orderBy(asc(booking.seq));
}

export async function findBooking(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(booking)
    .where(and(eq(booking.tenantId, tenantId), eq(booking.id, id)));
  return rows[0] ?? null;
}

export async function insertBooking(db: Executor, row: typeof booking.$inferInsert) {
  const [created] = await db.insert(booking).values(row).returning();
  if (!created) throw new Error("booking insert returned nothing");
  return created;
}

export async function purposeEntries(db: Executor, tenantId: string, fundIds: string[]) {
  if (!fundIds.length) return [];
  return db
    .select({
      fundId: fundPurposeEntry.fundId,
      kind: fundPurposeEntry.kind,
      validFrom: fundPurposeEntry.validFrom,
      validTo: fundPurposeEntry.validTo,
      actionFieldLineageId: fundPurposeEntry.actionFieldLineageId,
      targetId: fundPurposeEntry.targetId,
      measureTypeId: fundPurposeEntry.measureTypeId,
      measureType: measureType.name,
      note: fundPurposeEntry.note,
    })
    .from(fundPurposeEntry)
    .leftJoin(
      measureType,
      and(
        eq(measureType.tenantId, fundPurposeEntry.tenantId),
        eq(measureType.id, fundPurposeEntry.measureTypeId),
      ),
    )
    .where(and(eq(fundPurposeEntry.tenantId, tenantId), inArray(fundPurposeEntry.fundId, fundIds)))
    .orderBy(asc(fundPurposeEntry.validFrom));
}

/** Titles of action fields by lineage (the newest version's title wins). */
export async function actionFieldTitles(db: Executor, tenantId: string) {
  const rows = await db
    .select({ lineageId: actionField.lineageId, title: actionField.title })
    .from(actionField)
    .where(eq(actionField.tenantId, tenantId))
    .orderBy(asc(actionField.conceptVersionId));
  return new Map(rows.map((r) => [r.lineageId, r.title]));
}

/** A measure with its type and what it serves: recommendations, goals, action fields. */
export async function measureLineage(db: Executor, tenantId: string, measureId: string) {
  const [row] = await db
    .select({ id: measure.id, measureTypeId: measure.measureTypeId })
    .from(measure)
    .where(and(eq(measure.tenantId, tenantId), eq(measure.id, measureId)));
  if (!row) return null;
  const links = await recommendationLinks(db, tenantId, [measureId]);
  return {
    measureId: row.id,
    measureTypeId: row.measureTypeId,
    actionFieldLineageIds: links.map((l) => l.fieldLineageId),
    goalIds: links.flatMap((l) => [l.goalId, l.goalLineageId]),
    recommendationIds: links.flatMap((l) => [l.recommendationId, l.recommendationLineageId]),
  };
}

/** The funds carried from the given ones (their Haushaltsrest funds in the next year). */
export async function fundsCarriedFrom(db: Executor, tenantId: string, fundIds: string[]) {
  if (!fundIds.length) return [];
  return db
    .select({ id: fund.id, carriedFromFundId: fund.carriedFromFundId })
    .from(fund)
    .where(and(eq(fund.tenantId, tenantId), inArray(fund.carriedFromFundId, fundIds)));
}

export async function insertFund(db: Executor, row: typeof fund.$inferInsert) {
  const [created] = await db.insert(fund).values(row).returning();
  if (!created) throw new Error("fund insert returned nothing");
  return created;
}

export async function insertPurposeEntries(
  db: Executor,
  rows: (typeof fundPurposeEntry.$inferInsert)[],
) {
  if (rows.length) await db.insert(fundPurposeEntry).values(rows);
}

/** A fund's purpose entries as stored (for copying them into a Haushaltsrest fund). */
export async function rawPurposeEntries(db: Executor, tenantId: string, fundId: string) {
  return db
    .select()
    .from(fundPurposeEntry)
    .where(and(eq(fundPurposeEntry.tenantId, tenantId), eq(fundPurposeEntry.fundId, fundId)));
}

/** Bookings of a measure (its commitments) and those against them, in ledger order. */
export async function bookingsOfMeasure(db: Executor, tenantId: string, measureId: string) {
  const commitments = db
    .select({ id: booking.id })
    .from(booking)
    .where(and(eq(booking.tenantId, tenantId), eq(booking.measureId, measureId)));
  return db
    .select({ booking, fundName: fund.name })
    .from(booking)
    .innerJoin(fund, and(eq(fund.tenantId, booking.tenantId), eq(fund.id, booking.fundId)))
    .where(
      and(
        eq(booking.tenantId, tenantId),
        or(eq(booking.measureId, measureId), inArray(booking.commitmentId, commitments)),
      ),
    )
    .orderBy(asc(booking.seq));
}

export async function sourcesOf(db: Executor, tenantId: string, fundId: string) {
  return db
    .select()
    .from(fundSource)
    .where(and(eq(fundSource.tenantId, tenantId), eq(fundSource.fundId, fundId)))
    .orderBy(asc(fundSource.createdAt), asc(fundSource.id));
}

export async function insertSource(db: Executor, row: typeof fundSource.$inferInsert) {
  const [created] = await db.insert(fundSource).values(row).returning();
  if (!created) throw new Error("fund source insert returned nothing");
  return created;
}

/** Titles of measures by id (only published ones when asked). */
export async function measureTitles(db: Executor, tenantId: string, publishedOnly = false) {
  const rows = await db
    .select({ id: measure.id, title: measure.title })
    .from(measure)
    .where(and(eq(measure.tenantId, tenantId), publishedOnly ? isPublished : undefined));
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** The resolutions that granted funds, with their committee (the fund page names its decision). */
export async function grantingResolutions(db: Executor, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: resolution.id, decidedOn: resolution.decidedOn, committee: committee.name })
    .from(resolution)
    .innerJoin(
      committee,
      and(eq(committee.tenantId, resolution.tenantId), eq(committee.id, resolution.committeeId)),
    )
    .where(and(eq(resolution.tenantId, tenantId), inArray(resolution.id, ids)));
}

/**
 * The action fields (by lineage) of purpose targets: goals and recommendations by id or lineage
 * id, measures through the recommendations they serve. For src/domain/fund-purpose purposeFields.
 */
export async function fieldsOfPurposeTargets(
  db: Executor,
  tenantId: string,
  targetIds: string[],
): Promise<Map<string, string[]>> {
  const byTarget = new Map<string, string[]>();
  const ids = [...new Set(targetIds)].filter((id) => uuidPattern.test(id));
  if (!ids.length) return byTarget;
  const targets = sql`any(${`{${ids.join(",")}}`}::uuid[])`;
  const result = (await db.execute(sql`
    with g as (
      select g.id, g.lineage_id, f.lineage_id as field
        from goal g join action_field f on f.tenant_id = g.tenant_id and f.id = g.action_field_id
       where g.tenant_id = ${tenantId}
    ), r as (
      select r.id, r.lineage_id, g.field
        from recommendation r join g on g.id = r.goal_id
       where r.tenant_id = ${tenantId}
    )
    select distinct target::text as target, field::text as field from (
      select id as target, field from g union all select lineage_id, field from g
      union all select id, field from r union all select lineage_id, field from r
      union all select mr.measure_id, r.field
        from measure_recommendation mr join r on r.id = mr.recommendation_id
       where mr.tenant_id = ${tenantId}
    ) t where target = ${targets}`)) as unknown as { rows: { target: string; field: string }[] };
  for (const row of result.rows) {
    const list = byTarget.get(row.target) ?? [];
    list.push(row.field);
    byTarget.set(row.target, list);
  }
  return byTarget;
}
