import type {
  Measure,
  MeasureList,
  MeasureListFilter,
  MeasureOptions,
  MeasureRollUp,
} from "../../../contract/measures";
import {
  isStale,
  overdueCutoffs,
  overdueReasons,
  rollUpTree,
} from "../../../domain/measure-progress";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { municipalityOptions } from "../../platform/tenancy/municipality-service";
import * as concept from "../concept/read";
import { listPartners } from "../partners/read";
import * as options from "./options-queries";
import type { Audience } from "./published";
import * as q from "./queries";
import { listRollUpRows } from "./roll-up-queries";
import { present, ruleLimits, summarise } from "./summaries";
import { translationsOf } from "./translation-queries";

/** One page of measures: filters in SQL, the overdue rule (needs `today`) in src/domain. */
export async function listMeasures(
  scope: TenantDb,
  { query, today, audience }: { query: MeasureListFilter; today: string; audience: Audience },
): Promise<MeasureList> {
  return scope.transaction(async (tx) => {
    const limits = await ruleLimits(tx, scope.tenantId, today);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    // Filtered, sorted (German order of titles) and paged in the database, on the rows' own and
    // stored derived columns; only the page is summarised.
    const { rows, total } = await q.listMeasurePage(
      tx,
      scope.tenantId,
      {
        ...query,
        publishedOnly: audience === "public",
        overdue:
          query.overdue === undefined
            ? undefined
            : { is: query.overdue, ...overdueCutoffs(today, limits.overdueDays) },
      },
      {
        sort: query.sort ?? "title",
        order: query.order ?? "asc",
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    return {
      items: (await summarise(tx, scope.tenantId, rows, today, limits)).map(present),
      total,
      page,
      pageSize,
    };
  });
}

export async function presentMeasure(
  db: Executor,
  tenantId: string,
  id: string,
  viewer: { internal: boolean; canReport: boolean },
  today: string,
): Promise<Measure | null> {
  const row = await q.findMeasure(db, tenantId, id);
  if (!row) return null;
  const [listed] = await q.listMeasureRows(db, tenantId, { ids: [id] });
  if (!listed) return null;
  const [summary] = await summarise(db, tenantId, [listed], today);
  if (!summary) return null;
  const links = await q.recommendationLinks(db, tenantId, [id]);
  const updates = (await q.updatesOf(db, tenantId, id)).map((u) => ({
    id: u.id,
    reportedOn: u.reportedOn,
    trafficLight: u.trafficLight,
    text: u.text,
    figures: u.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? null })),
  }));
  return {
    ...present(summary),
    description: row.description,
    measureTypeId: row.measureTypeId,
    recommendations: links.map((l) => ({
      id: l.recommendationId,
      title: l.recommendationTitle,
      goal: { id: l.goalId, title: l.goalTitle },
      actionField: { id: l.fieldId, title: l.fieldTitle, position: l.fieldPosition },
    })),
    responsibleUnit: row.responsibleUnit,
    responsiblePerson: row.responsiblePerson,
    targetGroups: row.targetGroups,
    languages: row.languages,
    partners: await q.partnersOf(db, tenantId, id),
    municipalities: await q.municipalitiesOf(db, tenantId, id),
    milestones: (await q.milestonesOf(db, tenantId, [id])).map((m) => ({
      id: m.id,
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn,
    })),
    plannedCents: row.plannedCents,
    plannedFte: Number(row.plannedFte),
    weight: row.weight,
    manualCompletion: row.manualCompletion,
    internalNote: viewer.internal ? row.internalNote : null,
    isPublic: row.isPublic,
    translations: (await translationsOf(db, tenantId, [id])).map(({ measureId: _, ...t }) => t),
    latestUpdate: updates[0] ?? null,
    updates,
    statusHistory: (await q.statusHistoryOf(db, tenantId, id)).map((s) => ({
      id: s.id,
      fromStatus: s.fromStatus,
      toStatus: s.toStatus,
      changedOn: s.changedOn,
      reason: s.reason,
    })),
    canReport: viewer.canReport,
  };
}

/**
 * Roll-up of all measures to the recommendations, goals and fields of the adopted version. Pass
 * the adopted version's tree when the caller has loaded it already (the overview does).
 */
export async function rollUpOfAdopted(
  db: Executor,
  tenantId: string,
  today: string,
  loadedTree?: ConceptTree | null,
  audience: Audience = "internal",
): Promise<MeasureRollUp> {
  let tree = loadedTree ?? null;
  if (!tree) {
    const adopted = (await concept.listVersions(db, tenantId))
      .filter((v) => v.status === "adopted")
      .at(-1);
    if (!adopted) return { fields: [], goals: [], recommendations: [] };
    tree = await concept.loadVersionTree(db, tenantId, adopted.id);
  }
  const { overdueDays, staleDays } = await ruleLimits(db, tenantId, today);
  const rows = await listRollUpRows(db, tenantId, audience === "public");
  return rollUpTree(
    { fields: tree.fields, goals: tree.goals, recommendations: tree.recommendations },
    rows.map((m) => ({
      status: m.status,
      completion: m.completion,
      weight: m.weight,
      trafficLight: m.trafficLight ?? "grey",
      stale: isStale(m.latestUpdateOn, today, staleDays),
      overdue:
        overdueReasons({
          status: m.status,
          lastUpdateOn: m.latestUpdateOn,
          createdOn: m.createdOn,
          openMilestoneDueOn: m.openMilestoneDueOn,
          today,
          overdueDays,
        }).length > 0,
      recommendationIds: m.recommendationIds,
    })),
  );
}

export type ConceptTree = Awaited<ReturnType<typeof concept.loadVersionTree>>;

export async function getRollUp(
  scope: TenantDb,
  { today, audience }: { today: string; audience: Audience },
) {
  return scope.transaction((tx) => rollUpOfAdopted(tx, scope.tenantId, today, null, audience));
}

/** What the measure form offers: types, partners, municipalities, the adopted concept tree. */
export async function getOptions(
  scope: TenantDb,
  { canEdit }: { canEdit: boolean },
): Promise<MeasureOptions> {
  return scope.transaction(async (tx) => {
    const adopted = (await concept.listVersions(tx, scope.tenantId))
      .filter((v) => v.status === "adopted")
      .at(-1);
    const tree = adopted ? await concept.loadVersionTree(tx, scope.tenantId, adopted.id) : null;
    return {
      canEdit,
      measureTypes: await options.listMeasureTypes(tx, scope.tenantId),
      partners: await listPartners(tx, scope.tenantId),
      municipalities: await municipalityOptions(tx, scope.tenantId),
      actionFields: (tree?.fields ?? []).map((f) => ({
        id: f.id,
        title: f.title,
        position: f.position,
        goals: (tree?.goals ?? [])
          .filter((g) => g.actionFieldId === f.id)
          .map((g) => ({
            id: g.id,
            title: g.title,
            recommendations: (tree?.recommendations ?? [])
              .filter((r) => r.goalId === g.id)
              .map((r) => ({ id: r.id, title: r.title })),
          })),
      })),
    };
  });
}

/**
 * The measures' face for other features (docs/ARCHITECTURE.md, "The fence"): besides the reads
 * above, the rows and links other read models compose.
 */
export {
  existingIds,
  findMeasure,
  latestUpdates,
  listMeasureRows,
  recommendationLinks,
} from "./queries";
export { translationsOf } from "./translation-queries";
