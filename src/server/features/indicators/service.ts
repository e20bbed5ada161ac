import type {
  Indicator,
  IndicatorInput,
  IndicatorList,
  IndicatorOptions,
  IndicatorSummary,
  TargetsInput,
  ValueInput,
} from "../../../contract/indicators";
import { DomainError } from "../../../domain/errors";
import { isPeriod, statusLight } from "../../../domain/indicator";
import { seriesFor, yearStatus } from "../../../domain/indicator-figures";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor, Viewer } from "../../platform/auth/actor";
import { may } from "../../platform/auth/permissions";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { municipalityOptions } from "../../platform/tenancy/municipality-service";
import { existingIds } from "../measures/read";
import { listPartners } from "../partners/read";
import * as q from "./queries";

const mayEdit = (viewer: Viewer) => may(viewer.role, "indicators.edit");

/** Everything the catalogue and one indicator's page need, from one read. */
async function loadAll(db: Executor, tenantId: string) {
  // One after the other: inside a transaction all queries share one connection.
  const indicators = await q.listIndicators(db, tenantId);
  const links = await q.partnerLinks(db, tenantId);
  const targets = await q.listTargets(db, tenantId);
  const values = await q.listValues(db, tenantId);
  const fields = await q.adoptedFieldsAndGoals(db, tenantId);
  return { indicators, links, targets, values, fields };
}

type Loaded = Awaited<ReturnType<typeof loadAll>>;

function summarise(all: Loaded, row: q.IndicatorRow, year: number): IndicatorSummary {
  const byId = new Map(all.indicators.map((i) => [i.id, i]));
  const valueRows = all.values.map((v) => v.value);
  const series = seriesFor(row, byId, valueRows);
  const target =
    all.targets.find((t) => t.indicatorId === row.id && t.year === year)?.value ?? null;
  const { actual, status } = yearStatus(row, series, year, target);
  const field = all.fields.find((f) => f.lineageId === row.actionFieldLineageId);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    periodicity: row.periodicity,
    aggregation: row.aggregation,
    source: row.source,
    publishable: row.publishable,
    isProposal: row.isProposal,
    actionField: field
      ? { lineageId: field.lineageId, position: field.position, title: field.title }
      : null,
    partnerIds: all.links.filter((l) => l.indicatorId === row.id).map((l) => l.partnerId),
    year,
    target,
    actual,
    status,
    trafficLight: statusLight(status),
    drafts: valueRows.filter((v) => v.indicatorId === row.id && v.status === "draft").length,
  };
}

export async function listIndicatorSummaries(
  scope: TenantDb,
  { viewer, year }: { viewer: Viewer; year: number },
): Promise<IndicatorList> {
  return scope.transaction(async (tx) => {
    const all = await loadAll(tx, scope.tenantId);
    const visible = all.indicators.filter(
      (i) =>
        viewer.role !== "partner" ||
        all.links.some((l) => l.indicatorId === i.id && l.partnerId === viewer.partnerId),
    );
    return { items: visible.map((i) => summarise(all, i, year)) };
  });
}

async function present(
  db: Executor,
  tenantId: string,
  id: string,
  viewer: Viewer,
  year: number,
): Promise<Indicator> {
  const all = await loadAll(db, tenantId);
  const row = all.indicators.find((i) => i.id === id);
  if (!row) throw new DomainError("notFound", "indicator.notFound");
  const summary = summarise(all, row, year);
  const assigned = viewer.role === "partner" && summary.partnerIds.includes(viewer.partnerId ?? "");
  if (viewer.role === "partner" && !assigned)
    throw new DomainError("notFound", "indicator.notFound");
  const byId = new Map(all.indicators.map((i) => [i.id, i]));
  return {
    ...summary,
    description: row.description,
    goalLineageId: row.goalLineageId,
    actionFieldLineageId: row.actionFieldLineageId,
    numeratorId: row.numeratorId,
    denominatorId: row.denominatorId,
    targets: all.targets
      .filter((t) => t.indicatorId === id)
      .map((t) => ({ year: t.year, value: t.value, note: t.note })),
    values: all.values
      .filter((v) => v.value.indicatorId === id)
      .map(({ value: v, municipalityName, municipalityAgs, partnerName }) => ({
        id: v.id,
        period: v.period,
        municipality:
          v.municipalityId && municipalityName
            ? { id: v.municipalityId, name: municipalityName, ags: municipalityAgs }
            : null,
        value: v.value,
        mark: v.mark as "." | "*" | null,
        source: v.source,
        referenceDate: v.referenceDate,
        enteredBy: v.enteredBy,
        partnerName,
        // Superseded values are not listed (queries.listValues).
        status: v.status === "approved" ? ("approved" as const) : ("draft" as const),
        approvedAt: v.approvedAt,
      })),
    series: seriesFor(
      row,
      byId,
      all.values.map((v) => v.value),
    ),
    canEdit: mayEdit(viewer),
    canEnter: row.aggregation !== "ratio" && (mayEdit(viewer) || assigned),
  };
}

export async function getIndicator(
  scope: TenantDb,
  { id, viewer, year }: { id: string; viewer: Viewer; year: number },
): Promise<Indicator> {
  return scope.transaction((tx) => present(tx, scope.tenantId, id, viewer, year));
}

export async function getOptions(scope: TenantDb): Promise<IndicatorOptions> {
  return scope.transaction(async (tx) => {
    const actionFields = await q.adoptedFieldsAndGoals(tx, scope.tenantId);
    const partners = await listPartners(tx, scope.tenantId);
    const municipalities = await municipalityOptions(tx, scope.tenantId);
    const disclosureThreshold = await q.disclosureThreshold(tx, scope.tenantId);
    return {
      actionFields,
      partners: partners.map((p) => ({ id: p.id, name: p.name })),
      municipalities: municipalities.map((m) => ({ id: m.id, name: m.name, ags: m.ags })),
      disclosureThreshold,
    };
  });
}

async function checkDefinition(db: Executor, tenantId: string, input: IndicatorInput, id?: string) {
  const sameKey = await q.findIndicatorByKey(db, tenantId, input.key);
  if (sameKey && sameKey.id !== id)
    throw new DomainError("conflict", "indicator.keyTaken", {}, "key");
  const partnerIds = input.partnerIds ?? [];
  const known = await existingIds(db, tenantId, "partner", partnerIds);
  const bad = partnerIds.findIndex((p) => !known.has(p));
  if (bad >= 0)
    throw new DomainError("invalid", "indicator.unknownPartner", {}, `partnerIds.${bad}`);
  if (input.actionFieldLineageId) {
    const fields = await q.adoptedFieldsAndGoals(db, tenantId);
    const field = fields.find((f) => f.lineageId === input.actionFieldLineageId);
    if (!field)
      throw new DomainError("invalid", "indicator.unknownField", {}, "actionFieldLineageId");
    if (input.goalLineageId && !field.goals.some((g) => g.lineageId === input.goalLineageId))
      throw new DomainError("invalid", "indicator.unknownGoal", {}, "goalLineageId");
  } else if (input.goalLineageId) {
    throw new DomainError("invalid", "indicator.unknownGoal", {}, "goalLineageId");
  }
  if (input.aggregation === "ratio") {
    for (const part of ["numeratorId", "denominatorId"] as const) {
      const ref = input[part];
      if (!ref) throw new DomainError("invalid", "indicator.ratioNeedsBoth", {}, part);
      const other = ref === id ? null : await q.findIndicator(db, tenantId, ref);
      if (!other || other.aggregation === "ratio")
        throw new DomainError("invalid", "indicator.ratioPart", {}, part);
    }
  }
}

function columnsOf(input: IndicatorInput) {
  const ratio = input.aggregation === "ratio";
  return {
    key: input.key,
    name: input.name,
    description: input.description || null,
    unit: input.unit,
    direction: input.direction,
    actionFieldLineageId: input.actionFieldLineageId ?? null,
    goalLineageId: input.actionFieldLineageId ? (input.goalLineageId ?? null) : null,
    source: input.source || null,
    periodicity: input.periodicity,
    publishable: input.publishable,
    aggregation: input.aggregation,
    numeratorId: ratio ? (input.numeratorId ?? null) : null,
    denominatorId: ratio ? (input.denominatorId ?? null) : null,
    isProposal: input.isProposal ?? false,
  };
}

export async function createIndicator(
  scope: TenantDb,
  { actor, requestId, input, year }: Actor & { input: IndicatorInput; year: number },
): Promise<Indicator> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await checkDefinition(tx, tenantId, input);
    const created = await q.insertIndicator(tx, { tenantId, ...columnsOf(input) });
    await q.replacePartners(tx, tenantId, created.id, [...new Set(input.partnerIds ?? [])]);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicator.create",
      entityType: "indicator",
      entityId: created.id,
      after: input,
    });
    return present(tx, tenantId, created.id, { role: "coordinator", partnerId: null }, year);
  });
}

export async function updateIndicator(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input,
    year,
  }: Actor & { id: string; input: IndicatorInput; year: number },
): Promise<Indicator> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await q.findIndicator(tx, tenantId, id, true);
    if (!before) throw new DomainError("notFound", "indicator.notFound");
    await checkDefinition(tx, tenantId, input, id);
    if (input.aggregation === "ratio" && before.aggregation !== "ratio") {
      const values = await q.listValues(tx, tenantId, { indicatorId: id });
      if (values.length)
        throw new DomainError("conflict", "indicator.ratioHasValues", {}, "aggregation");
    }
    await q.updateIndicator(tx, tenantId, id, columnsOf(input));
    await q.replacePartners(tx, tenantId, id, [...new Set(input.partnerIds ?? [])]);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicator.update",
      entityType: "indicator",
      entityId: id,
      before,
      after: input,
    });
    return present(tx, tenantId, id, { role: "coordinator", partnerId: null }, year);
  });
}

/** Drops an indicator with its targets and values (e.g. a proposal the county does not want). */
export async function deleteIndicator(
  scope: TenantDb,
  { actor, requestId, id }: Actor & { id: string },
): Promise<void> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    const before = await q.findIndicator(tx, tenantId, id, true);
    if (!before) throw new DomainError("notFound", "indicator.notFound");
    if (await q.usedInRatio(tx, tenantId, id))
      throw new DomainError("conflict", "indicator.usedInRatio");
    await q.deleteIndicator(tx, tenantId, id);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicator.delete",
      entityType: "indicator",
      entityId: id,
      before,
    });
  });
}

export async function setTargets(
  scope: TenantDb,
  { actor, requestId, id, input, year }: Actor & { id: string; input: TargetsInput; year: number },
): Promise<Indicator> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const row = await q.findIndicator(tx, tenantId, id, true);
    if (!row) throw new DomainError("notFound", "indicator.notFound");
    const years = input.targets.map((t) => t.year);
    const dup = years.findIndex((y, i) => years.indexOf(y) !== i);
    if (dup >= 0)
      throw new DomainError("invalid", "indicator.targetYearTwice", {}, `targets.${dup}.year`);
    const before = await q.listTargets(tx, tenantId, id);
    const targets = input.targets.map((t) => ({
      year: t.year,
      value: t.value,
      note: t.note || null,
    }));
    await q.replaceTargets(tx, tenantId, id, targets);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicator.targets",
      entityType: "indicator",
      entityId: id,
      before,
      after: targets,
    });
    return present(tx, tenantId, id, { role: "coordinator", partnerId: null }, year);
  });
}

/**
 * Checks one value against its indicator: the period fits the periodicity, a number or a mark
 * (not both), counts are not negative, the municipality exists. `path` prefixes field names.
 */
export async function checkValue(
  db: Executor,
  tenantId: string,
  row: q.IndicatorRow,
  input: Pick<ValueInput, "period" | "municipalityId" | "value" | "mark">,
  path = "",
) {
  if (row.aggregation === "ratio") throw new DomainError("invalid", "indicator.ratioNoValues");
  if (!isPeriod(row.periodicity, input.period))
    throw new DomainError("invalid", `indicator.periodNot.${row.periodicity}`, {}, `${path}period`);
  const hasValue = input.value !== null && input.value !== undefined;
  const hasMark = input.mark !== null && input.mark !== undefined;
  if (hasValue === hasMark)
    throw new DomainError("invalid", "indicator.valueOrMark", {}, `${path}value`);
  if (hasValue && (input.value ?? 0) < 0 && row.unit !== "percent")
    throw new DomainError("invalid", "indicator.negative", {}, `${path}value`);
  if (hasValue && row.unit === "count" && !Number.isInteger(input.value))
    throw new DomainError("invalid", "indicator.wholeNumber", {}, `${path}value`);
  if (input.municipalityId) {
    const known = await existingIds(db, tenantId, "municipality", [input.municipalityId]);
    if (!known.size)
      throw new DomainError(
        "invalid",
        "indicator.unknownMunicipality",
        {},
        `${path}municipalityId`,
      );
  }
}

/**
 * Enters a value as its author's draft (replacing only the author's own draft). Partners only for
 * indicators assigned to their organisation; the office's own entries are drafts too and are
 * approved like any other. The approved value stays in force until the office approves a draft.
 */
export async function enterValue(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input,
    viewer,
    year,
  }: Actor & { id: string; input: ValueInput; viewer: Viewer; year: number },
): Promise<Indicator> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const row = await q.findIndicator(tx, tenantId, id, true);
    if (!row) throw new DomainError("notFound", "indicator.notFound");
    if (!mayEdit(viewer)) {
      const assigned =
        viewer.role === "partner" &&
        viewer.partnerId !== null &&
        (await q.isAssigned(tx, tenantId, id, viewer.partnerId));
      if (!assigned) throw new DomainError("forbidden", "indicator.notAssigned");
    }
    await checkValue(tx, tenantId, row, input);
    const cell = {
      indicatorId: id,
      period: input.period,
      municipalityId: input.municipalityId ?? null,
    };
    // The author's own draft is replaced; another organisation's draft and the approved value
    // stay (values are owned by their author; the office approves one of them).
    await saveOwnDraft(tx, { tenantId, actor, requestId }, cell, {
      value: input.value ?? null,
      mark: input.mark ?? null,
      source: input.source || null,
      referenceDate: input.referenceDate ?? null,
      partnerId: viewer.role === "partner" ? viewer.partnerId : null,
    });
    return present(tx, tenantId, id, viewer, year);
  });
}

/**
 * Saves a value of a cell as its author's draft (the author's organisation, or the office for
 * null): the author's earlier draft of the cell is replaced, with one audit entry.
 */
export async function saveOwnDraft(
  tx: Executor,
  { tenantId, actor, requestId }: Actor & { tenantId: string },
  cell: q.Cell,
  draft: Pick<Parameters<typeof q.saveDraft>[1], "value" | "mark" | "source" | "referenceDate"> & {
    partnerId: string | null;
  },
): Promise<void> {
  const before = await q.findDraft(tx, tenantId, cell, draft.partnerId);
  const saved = await q.saveDraft(tx, {
    tenantId,
    ...cell,
    ...draft,
    enteredBy: actor,
    status: "draft",
  });
  await recordAudit(tx, {
    tenantId,
    actor,
    requestId,
    action: "indicator.value",
    entityType: "indicatorValue",
    entityId: saved.id,
    before,
    after: saved,
  });
}

/** The office approves drafts: only approved values count in views, reports and public. */
export async function approveValues(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    valueIds,
    year,
  }: Actor & { id: string; valueIds: string[]; year: number },
): Promise<Indicator> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const row = await q.findIndicator(tx, tenantId, id, true);
    if (!row) throw new DomainError("notFound", "indicator.notFound");
    const approved = await q.approveValues(tx, tenantId, id, [...new Set(valueIds)], actor);
    const approvedIds = new Set(approved.map((a) => a.id));
    const missing = valueIds.findIndex((v) => !approvedIds.has(v));
    if (missing >= 0)
      throw new DomainError("invalid", "indicator.notADraft", {}, `valueIds.${missing}`);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicator.approve",
      entityType: "indicator",
      entityId: id,
      after: approved,
    });
    return present(tx, tenantId, id, { role: "coordinator", partnerId: null }, year);
  });
}
