import type {
  Measure,
  MeasureInput,
  ProgressInput,
  StatusChangeInput,
} from "../../../contract/measures";
import { DomainError } from "../../../domain/errors";
import { assertStatusChange } from "../../../domain/measure-status";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor, Viewer } from "../../platform/auth/actor";
import { may } from "../../platform/auth/permissions";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { publishedFields } from "./published";
import * as q from "./queries";
import { presentMeasure } from "./read";
import { replaceTranslations } from "./translation-queries";

const internalRoles = new Set(["admin", "coordinator", "committee"]);

async function canReport(db: Executor, tenantId: string, measureId: string, viewer: Viewer) {
  if (may(viewer.role, "measures.edit")) return true;
  if (viewer.role === "partner" && viewer.partnerId)
    return q.isPartnerOfMeasure(db, tenantId, measureId, viewer.partnerId);
  return false;
}

async function show(db: Executor, tenantId: string, id: string, viewer: Viewer, today: string) {
  const measure = await presentMeasure(
    db,
    tenantId,
    id,
    {
      internal: internalRoles.has(viewer.role),
      canReport: await canReport(db, tenantId, id, viewer),
    },
    today,
  );
  if (!measure) throw new DomainError("notFound", "measure.notFound");
  if (viewer.role !== "public") return measure;
  // Anonymous: a measure not marked public does not exist; a public one without names.
  if (!measure.isPublic) throw new DomainError("notFound", "measure.notFound");
  return publishedFields(measure);
}

export async function getMeasure(
  scope: TenantDb,
  { id, viewer, today }: { id: string; viewer: Viewer; today: string },
): Promise<Measure> {
  return scope.transaction((tx) => show(tx, scope.tenantId, id, viewer, today));
}

/**
 * Every referenced id must exist in this county; unknown ones are named field by field. A retired
 * municipality stays on the measures that name it already (`linkedPlaces`) but is not added anew.
 */
async function checkReferences(
  db: Executor,
  tenantId: string,
  input: MeasureInput,
  linkedPlaces: readonly string[] = [],
) {
  const types = await q.existingIds(db, tenantId, "measureType", [input.measureTypeId]);
  if (!types.size) throw new DomainError("invalid", "measure.unknownType", {}, "measureTypeId");
  const recs = await q.adoptedRecommendationIds(db, tenantId, input.recommendationIds);
  const badRec = input.recommendationIds.findIndex((id) => !recs.has(id));
  if (badRec >= 0)
    throw new DomainError(
      "invalid",
      "measure.unknownRecommendation",
      {},
      `recommendationIds.${badRec}`,
    );
  const partnerIds = input.partnerIds ?? [];
  const partners = await q.existingIds(db, tenantId, "partner", partnerIds);
  const badPartner = partnerIds.findIndex((id) => !partners.has(id));
  if (badPartner >= 0)
    throw new DomainError("invalid", "measure.unknownPartner", {}, `partnerIds.${badPartner}`);
  if (input.leadPartnerId && !partnerIds.includes(input.leadPartnerId))
    throw new DomainError("invalid", "measure.leadNotPartner", {}, "leadPartnerId");
  const municipalityIds = input.municipalityIds ?? [];
  const places = await q.existingIds(db, tenantId, "municipality", municipalityIds);
  const badPlace = municipalityIds.findIndex((id) => !places.has(id));
  if (badPlace >= 0)
    throw new DomainError(
      "invalid",
      "measure.unknownMunicipality",
      {},
      `municipalityIds.${badPlace}`,
    );
  const retired = await q.retiredMunicipalityIds(db, tenantId, municipalityIds);
  const newlyRetired = municipalityIds.findIndex(
    (id) => retired.has(id) && !linkedPlaces.includes(id),
  );
  if (newlyRetired >= 0)
    throw new DomainError(
      "invalid",
      "measure.retiredMunicipality",
      {},
      `municipalityIds.${newlyRetired}`,
    );
  const langs = (input.translations ?? []).map((t) => t.lang);
  const repeated = langs.findIndex((l, i) => langs.indexOf(l) !== i);
  if (repeated >= 0)
    throw new DomainError(
      "invalid",
      "measure.repeatedTranslation",
      {},
      `translations.${repeated}.lang`,
    );
  if (input.startOn && input.endOn && input.endOn < input.startOn)
    throw new DomainError("invalid", "measure.endBeforeStart", {}, "endOn");
}

function columnsOf(input: MeasureInput) {
  return {
    title: input.title,
    description: input.description || null,
    measureTypeId: input.measureTypeId,
    startOn: input.startOn ?? null,
    endOn: input.endOn ?? null,
    responsibleUnit: input.responsibleUnit || null,
    responsiblePerson: input.responsiblePerson || null,
    targetGroups: [...new Set(input.targetGroups ?? [])],
    languages: [...new Set(input.languages ?? [])],
    plannedCents: input.plannedCents ?? 0,
    plannedFte: input.plannedFte ?? 0,
    weight: input.weight ?? 1,
    manualCompletion: input.manualCompletion ?? null,
    internalNote: input.internalNote || null,
    isPublic: input.isPublic ?? false,
  };
}

function linksOf(input: MeasureInput) {
  return {
    recommendationIds: [...new Set(input.recommendationIds)],
    partners: [...new Set(input.partnerIds ?? [])].map((partnerId) => ({
      partnerId,
      isLead: partnerId === input.leadPartnerId,
    })),
    municipalityIds: [...new Set(input.municipalityIds ?? [])],
    milestones: (input.milestones ?? []).map((m) => ({
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn ?? null,
    })),
  };
}

export async function createMeasure(
  scope: TenantDb,
  { actor, requestId, input, today }: Actor & { input: MeasureInput; today: string },
): Promise<Measure> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await checkReferences(tx, tenantId, input);
    const created = await q.insertMeasure(tx, { tenantId, ...columnsOf(input) });
    await q.replaceLinks(tx, tenantId, created.id, linksOf(input));
    if (input.translations) await replaceTranslations(tx, tenantId, created.id, input.translations);
    await q.insertStatusChange(tx, {
      tenantId,
      measureId: created.id,
      fromStatus: null,
      toStatus: "planned",
      changedOn: today,
      reason: "Angelegt",
      actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "measure.create",
      entityType: "measure",
      entityId: created.id,
      after: { ...columnsOf(input), ...linksOf(input), translations: input.translations },
    });
    return show(tx, tenantId, created.id, { role: "coordinator", partnerId: null }, today);
  });
}

export async function updateMeasure(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input,
    today,
  }: Actor & { id: string; input: MeasureInput; today: string },
): Promise<Measure> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await q.findMeasure(tx, tenantId, id, true);
    if (!before) throw new DomainError("notFound", "measure.notFound");
    const beforeLinks = await presentMeasure(
      tx,
      tenantId,
      id,
      { internal: true, canReport: true },
      today,
    );
    await checkReferences(
      tx,
      tenantId,
      input,
      beforeLinks?.municipalities.map((m) => m.id),
    );
    await q.updateMeasure(tx, tenantId, id, columnsOf(input));
    await q.replaceLinks(tx, tenantId, id, linksOf(input));
    if (input.translations) await replaceTranslations(tx, tenantId, id, input.translations);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "measure.update",
      entityType: "measure",
      entityId: id,
      before: {
        ...before,
        recommendationIds: beforeLinks?.recommendations.map((r) => r.id),
        partnerIds: beforeLinks?.partners.map((p) => p.id),
        municipalityIds: beforeLinks?.municipalities.map((m) => m.id),
        milestones: beforeLinks?.milestones,
        translations: beforeLinks?.translations,
      },
      after: { ...columnsOf(input), ...linksOf(input), translations: input.translations },
    });
    return show(tx, tenantId, id, { role: "coordinator", partnerId: null }, today);
  });
}

export async function changeStatus(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input,
    today,
  }: Actor & { id: string; input: StatusChangeInput; today: string },
): Promise<Measure> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const current = await q.findMeasure(tx, tenantId, id, true);
    if (!current) throw new DomainError("notFound", "measure.notFound");
    const history = await q.statusHistoryOf(tx, tenantId, id);
    assertStatusChange({
      from: current.status,
      to: input.status,
      changedOn: input.changedOn,
      lastChangedOn: history[0]?.changedOn ?? null,
      today,
    });
    await q.updateMeasure(tx, tenantId, id, { status: input.status });
    await q.insertStatusChange(tx, {
      tenantId,
      measureId: id,
      fromStatus: current.status,
      toStatus: input.status,
      changedOn: input.changedOn,
      reason: input.reason,
      actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "measure.changeStatus",
      entityType: "measure",
      entityId: id,
      before: { status: current.status },
      after: input,
    });
    return show(tx, tenantId, id, { role: "coordinator", partnerId: null }, today);
  });
}

/** Sachstand. Partners may report only on measures their organisation takes part in. */
export async function postProgress(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    input,
    viewer,
    today,
  }: Actor & { id: string; input: ProgressInput; viewer: Viewer; today: string },
): Promise<Measure> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const current = await q.findMeasure(tx, tenantId, id);
    if (!current) throw new DomainError("notFound", "measure.notFound");
    if (!(await canReport(tx, tenantId, id, viewer)))
      throw new DomainError("forbidden", "measure.notOwnMeasure");
    if (input.reportedOn > today)
      throw new DomainError("invalid", "progress.inFuture", {}, "reportedOn");
    const created = await q.insertProgressUpdate(tx, {
      tenantId,
      measureId: id,
      reportedOn: input.reportedOn,
      trafficLight: input.trafficLight,
      text: input.text,
      figures: (input.figures ?? []).map((f) => ({ ...f, unit: f.unit ?? null })),
      actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "progressUpdate.create",
      entityType: "measure",
      entityId: id,
      after: { id: created.id, ...input },
    });
    return show(tx, tenantId, id, viewer, today);
  });
}
