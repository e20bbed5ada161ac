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
import type { MeasureListFilter } from "../../../contract/measures";
import { overdueStatuses } from "../../../domain/measure-progress";
import type { Executor } from "../../platform/db/database";
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
} from "../../platform/db/schema";
import { partnerSummaryColumns } from "../partners/read";
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

/** The conditions of a measure filter (the overdue rule by the day's cut-offs, in SQL). */
function filterConditions(db: Executor, tenantId: string, filter: MeasureFilter): SQL[] {
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
  return where;
}

/** What a list row holds: the measure's own columns and the values stored by measures/derived.ts. */
const rowColumns = {
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
};

const typeJoin = and(
  eq(measureType.tenantId, measure.tenantId),
  eq(measureType.id, measure.measureTypeId),
);

/** Measures matching the filter, by title. */
export async function listMeasureRows(db: Executor, tenantId: string, filter: MeasureFilter) {
  return db
    .select(rowColumns)
    .from(measure)
    .innerJoin(measureType, typeJoin)
    .where(and(...filterConditions(db, tenantId, filter)))
    .orderBy(asc(measure.title));
}

type MeasureSort = NonNullable<MeasureListFilter["sort"]>;

/**
 * German order of titles: ICU's root collation (CLDR's German uses it unchanged: Ä with A, Ö
 * with O), which PostgreSQL and PGlite both have.
 */
const byTitle = sql`${measure.title} collate "und-x-icu"`;

/** Sort keys, ascending; descending reverses every key (the exact reverse order). */
const sortKeys: Record<MeasureSort, { key: SQL; nulls: "first" | "last" }[]> = {
  title: [],
  status: [{ key: sql`${measure.status} collate "und-x-icu"`, nulls: "last" }],
  startOn: [{ key: sql`${measure.startOn}`, nulls: "last" }],
  endOn: [{ key: sql`${measure.endOn}`, nulls: "last" }],
  latestUpdate: [{ key: sql`${measure.latestUpdateOn}`, nulls: "first" }],
};

/**
 * One page of the measures matching the filter, sorted and paged in the database, with the
 * number of all matching measures. Ties in a date or status fall back to the title, then the id.
 */
export async function listMeasurePage(
  db: Executor,
  tenantId: string,
  filter: MeasureFilter,
  page: { sort: MeasureSort; order: "asc" | "desc"; limit: number; offset: number },
) {
  const desc = page.order === "desc";
  const keys = [
    ...sortKeys[page.sort],
    { key: byTitle, nulls: "last" as const },
    { key: sql`${measure.id}`, nulls: "last" as const },
  ];
  const orderBy = keys.map(({ key, nulls }) => {
    const first = (nulls === "first") !== desc;
    return sql`${key} ${desc ? sql`desc` : sql`asc`} ${first ? sql`nulls first` : sql`nulls last`}`;
  });
  const where = and(...filterConditions(db, tenantId, filter));
  const rows = await db
    .select({ ...rowColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(measure)
    .innerJoin(measureType, typeJoin)
    .where(where)
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
  const total =
    rows[0]?.total ??
    (page.offset > 0
      ? Number(
          (
            await db
              .select({ n: sql<number>`count(*)` })
              .from(measure)
              .innerJoin(measureType, typeJoin)
              .where(where)
          )[0]?.n ?? 0,
        )
      : 0);
  return { rows: rows.map(({ total: _t, ...row }) => row), total };
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
    .select({ ...partnerSummaryColumns, isLead: measurePartner.isLead })
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
  return (await limitSettings(db, tenantId)).overdueDays;
}

/** Both limits of the county's settings in one read (each null when not set). */
export async function limitSettings(db: Executor, tenantId: string) {
  const rows = await db
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  const days = (value: unknown) => (typeof value === "number" && value > 0 ? value : null);
  return {
    overdueDays: days(rows[0]?.settings?.measureOverdueDays),
    staleDays: days(rows[0]?.settings?.measureStaleDays),
  };
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
