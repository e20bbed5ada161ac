import {
  and,
  asc,
  desc,
  eq,
  exists,
  gte,
  ilike,
  inArray,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { overdueStatuses } from "../../domain/measure-progress";
import type { Executor } from "../db/database";
import {
  actionField,
  goal,
  measure,
  measureMunicipality,
  measurePartner,
  measureRecommendation,
  measureStatusChange,
  measureType,
  milestone,
  municipality,
  partner,
  progressUpdate,
  recommendation,
  reportingDuty,
  tenant,
} from "../db/schema";
import { isPublished } from "./published";

export interface MeasureFilter {
  field?: string;
  goal?: string;
  recommendation?: string;
  status?: (typeof measure.$inferSelect)["status"];
  partner?: string;
  municipality?: string;
  q?: string;
  ids?: string[];
  /** Only measures marked public (anonymous readers). */
  publishedOnly?: boolean;
  /** Only overdue (or only not overdue) measures, by the cut-offs of the day (`overdueCutoffs`). */
  overdue?: { is: boolean; activityBefore: string; milestoneDueBefore: string };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Measures matching the filter (without the overdue rule, which needs `today`). */
export async function listMeasureRows(db: Executor, tenantId: string, filter: MeasureFilter) {
  const where: SQL[] = [eq(measure.tenantId, tenantId)];
  const servedBy = (cond: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(measureRecommendation)
        .innerJoin(
          recommendation,
          and(
            eq(recommendation.tenantId, measureRecommendation.tenantId),
            eq(recommendation.id, measureRecommendation.recommendationId),
          ),
        )
        .innerJoin(
          goal,
          and(eq(goal.tenantId, recommendation.tenantId), eq(goal.id, recommendation.goalId)),
        )
        .where(
          and(
            eq(measureRecommendation.tenantId, measure.tenantId),
            eq(measureRecommendation.measureId, measure.id),
            cond,
          ),
        ),
    );
  if (filter.field) where.push(servedBy(eq(goal.actionFieldId, filter.field)));
  if (filter.goal) where.push(servedBy(eq(goal.id, filter.goal)));
  if (filter.recommendation) where.push(servedBy(eq(recommendation.id, filter.recommendation)));
  if (filter.status) where.push(eq(measure.status, filter.status));
  if (filter.partner) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(measurePartner)
          .where(
            and(
              eq(measurePartner.tenantId, measure.tenantId),
              eq(measurePartner.measureId, measure.id),
              eq(measurePartner.partnerId, filter.partner),
            ),
          ),
      ),
    );
  }
  if (filter.municipality) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(measureMunicipality)
          .where(
            and(
              eq(measureMunicipality.tenantId, measure.tenantId),
              eq(measureMunicipality.measureId, measure.id),
              eq(measureMunicipality.municipalityId, filter.municipality),
            ),
          ),
      ),
    );
  }
  if (filter.q) {
    const text = sql`${measure.title} || ' ' || coalesce(${measure.description}, '')`;
    const match = or(
      sql`to_tsvector('german', ${text}) @@ websearch_to_tsquery('german', ${filter.q})`,
      ilike(measure.title, `%${escapeLike(filter.q)}%`),
    );
    if (match) where.push(match);
  }
  if (filter.publishedOnly) where.push(isPublished);
  if (filter.overdue) {
    // The rule of src/domain/measure-progress.ts (`overdueReasons`) on the stored dates.
    const o = filter.overdue;
    const overdue = sql`(${inArray(measure.status, [...overdueStatuses])} and (
      coalesce(${measure.latestUpdateOn}, (${measure.createdAt} at time zone 'UTC')::date) < ${o.activityBefore}::date
      or coalesce(${measure.openMilestoneDueOn} < ${o.milestoneDueBefore}::date, false)))`;
    where.push(o.is ? overdue : sql`not ${overdue}`);
  }
  if (filter.ids) where.push(inArray(measure.id, filter.ids.length ? filter.ids : [tenantId]));
  return db
    .select({
      id: measure.id,
      title: measure.title,
      status: measure.status,
      measureType: measureType.name,
      startOn: measure.startOn,
      endOn: measure.endOn,
      weight: measure.weight,
      manualCompletion: measure.manualCompletion,
      isExample: measure.isExample,
      createdOn: sql<string>`(${measure.createdAt} at time zone 'UTC')::date::text`,
      latestUpdateOn: measure.latestUpdateOn,
      latestTrafficLight: measure.latestTrafficLight,
      openMilestoneDueOn: measure.openMilestoneDueOn,
      completion: measure.completion,
    })
    .from(measure)
    .innerJoin(
      measureType,
      and(eq(measureType.tenantId, measure.tenantId), eq(measureType.id, measure.measureTypeId)),
    )
    .where(and(...where))
    .orderBy(asc(measure.title));
}

/** The latest progress update of each measure (of the given ones, else of all). */
export async function latestUpdates(db: Executor, tenantId: string, measureIds?: string[]) {
  return db
    .selectDistinctOn([progressUpdate.measureId], {
      measureId: progressUpdate.measureId,
      reportedOn: progressUpdate.reportedOn,
      trafficLight: progressUpdate.trafficLight,
    })
    .from(progressUpdate)
    .where(
      and(
        eq(progressUpdate.tenantId, tenantId),
        measureIds
          ? inArray(progressUpdate.measureId, measureIds.length ? measureIds : [tenantId])
          : undefined,
      ),
    )
    .orderBy(
      progressUpdate.measureId,
      desc(progressUpdate.reportedOn),
      desc(progressUpdate.createdAt),
    );
}

export async function milestonesOf(db: Executor, tenantId: string, measureIds?: string[]) {
  return db
    .select()
    .from(milestone)
    .where(
      and(
        eq(milestone.tenantId, tenantId),
        measureIds
          ? inArray(milestone.measureId, measureIds.length ? measureIds : [tenantId])
          : undefined,
      ),
    )
    .orderBy(asc(milestone.position));
}

/**
 * Measure → recommendation → goal → field, for all measures (or some): the one join that the
 * measure pages, the ledger's purpose check, the public site and the committee report share
 * (with the positions that number them, "2.1.3"), ordered by field, goal and recommendation.
 */
export async function recommendationLinks(db: Executor, tenantId: string, measureIds?: string[]) {
  return db
    .select({
      measureId: measureRecommendation.measureId,
      recommendationId: recommendation.id,
      recommendationLineageId: recommendation.lineageId,
      recommendationTitle: recommendation.title,
      recommendationPosition: recommendation.position,
      goalId: goal.id,
      goalLineageId: goal.lineageId,
      goalTitle: goal.title,
      goalPosition: goal.position,
      fieldId: actionField.id,
      fieldLineageId: actionField.lineageId,
      fieldTitle: actionField.title,
      fieldPosition: actionField.position,
    })
    .from(measureRecommendation)
    .innerJoin(
      recommendation,
      and(
        eq(recommendation.tenantId, measureRecommendation.tenantId),
        eq(recommendation.id, measureRecommendation.recommendationId),
      ),
    )
    .innerJoin(
      goal,
      and(eq(goal.tenantId, recommendation.tenantId), eq(goal.id, recommendation.goalId)),
    )
    .innerJoin(
      actionField,
      and(eq(actionField.tenantId, goal.tenantId), eq(actionField.id, goal.actionFieldId)),
    )
    .where(
      and(
        eq(measureRecommendation.tenantId, tenantId),
        measureIds
          ? inArray(measureRecommendation.measureId, measureIds.length ? measureIds : [tenantId])
          : undefined,
      ),
    )
    .orderBy(asc(actionField.position), asc(goal.position), asc(recommendation.position));
}

export async function findMeasure(db: Executor, tenantId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(measure)
    .where(and(eq(measure.tenantId, tenantId), eq(measure.id, id)));
  const rows = lock ? await query.for("update") : await query;
  return rows[0] ?? null;
}

export async function partnersOf(db: Executor, tenantId: string, measureId: string) {
  return db
    .select({
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      isExample: partner.isExample,
      isLead: measurePartner.isLead,
    })
    .from(measurePartner)
    .innerJoin(
      partner,
      and(eq(partner.tenantId, measurePartner.tenantId), eq(partner.id, measurePartner.partnerId)),
    )
    .where(and(eq(measurePartner.tenantId, tenantId), eq(measurePartner.measureId, measureId)))
    .orderBy(asc(partner.name));
}

export async function municipalitiesOf(db: Executor, tenantId: string, measureId: string) {
  return db
    .select({ id: municipality.id, name: municipality.name })
    .from(measureMunicipality)
    .innerJoin(
      municipality,
      and(
        eq(municipality.tenantId, measureMunicipality.tenantId),
        eq(municipality.id, measureMunicipality.municipalityId),
      ),
    )
    .where(
      and(eq(measureMunicipality.tenantId, tenantId), eq(measureMunicipality.measureId, measureId)),
    )
    .orderBy(asc(municipality.position));
}

export async function updatesOf(db: Executor, tenantId: string, measureId: string) {
  return db
    .select()
    .from(progressUpdate)
    .where(and(eq(progressUpdate.tenantId, tenantId), eq(progressUpdate.measureId, measureId)))
    .orderBy(desc(progressUpdate.reportedOn), desc(progressUpdate.createdAt));
}

export async function statusHistoryOf(db: Executor, tenantId: string, measureId: string) {
  return db
    .select()
    .from(measureStatusChange)
    .where(
      and(eq(measureStatusChange.tenantId, tenantId), eq(measureStatusChange.measureId, measureId)),
    )
    .orderBy(desc(measureStatusChange.changedOn), desc(measureStatusChange.createdAt));
}

export async function overdueDaysSetting(db: Executor, tenantId: string): Promise<number | null> {
  const rows = await db
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  const value = rows[0]?.settings?.measureOverdueDays;
  return typeof value === "number" && value > 0 ? value : null;
}

/** The tenant's staleness limit for traffic lights in days (`measureStaleDays`), or null. */
export async function staleDaysSetting(db: Executor, tenantId: string): Promise<number | null> {
  const rows = await db
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  const value = rows[0]?.settings?.measureStaleDays;
  return typeof value === "number" && value > 0 ? value : null;
}

/** The cadences of the reporting duties in force on `today`. */
export async function cadencesInForce(db: Executor, tenantId: string, today: string) {
  const rows = await db
    .select({ cadence: reportingDuty.cadence })
    .from(reportingDuty)
    .where(
      and(
        eq(reportingDuty.tenantId, tenantId),
        lte(reportingDuty.validFrom, today),
        or(isNull(reportingDuty.validTo), gte(reportingDuty.validTo, today)),
      ),
    );
  return rows.map((r) => r.cadence);
}

export * from "./write-queries";
