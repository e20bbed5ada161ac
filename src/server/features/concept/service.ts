import { randomUUID } from "node:crypto";
import type { AddGoal, Concept, ConceptVersion, CreateDraft } from "../../../contract/concept";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { lockDraft } from "./draft-lock";
import * as q from "./queries";

async function presentVersion(
  db: Executor,
  tenantId: string,
  version: NonNullable<Awaited<ReturnType<typeof q.findVersion>>>,
): Promise<ConceptVersion> {
  const tree = await q.loadVersionTree(db, tenantId, version.id);
  const adoption = version.adoptingResolutionId
    ? await q.findAdoption(db, tenantId, version.adoptingResolutionId)
    : null;
  return {
    id: version.id,
    number: version.number,
    title: version.title,
    status: version.status,
    adoptedOn: version.adoptedOn,
    adoptedBy: adoption
      ? { committee: adoption.committee, decidedOn: adoption.decidedOn, resolutionId: adoption.id }
      : null,
    actionFields: tree.fields.map((f) => ({
      id: f.id,
      lineageId: f.lineageId,
      position: f.position,
      title: f.title,
      guidingGoal: f.guidingGoal,
      isExample: f.isExample,
      goals: tree.goals
        .filter((g) => g.actionFieldId === f.id)
        .map((g) => ({
          id: g.id,
          lineageId: g.lineageId,
          position: g.position,
          title: g.title,
          description: g.description,
          isExample: g.isExample,
          recommendations: tree.recommendations
            .filter((r) => r.goalId === g.id)
            .map((r) => ({
              id: r.id,
              lineageId: r.lineageId,
              position: r.position,
              title: r.title,
              description: r.description,
              status: r.status,
              isExample: r.isExample,
            })),
        })),
    })),
  };
}

/** The adopted version (the one the committee decided last) and the list of all versions. */
export async function getConcept(
  scope: TenantDb,
  { includeDrafts }: { includeDrafts: boolean },
): Promise<Omit<Concept, "mayEdit">> {
  return scope.transaction((tx) => readConcept(tx, scope.tenantId, includeDrafts));
}

async function readConcept(
  db: Executor,
  tenantId: string,
  includeDrafts: boolean,
): Promise<Omit<Concept, "mayEdit">> {
  const versions = (await q.listVersions(db, tenantId)).filter(
    (v) => includeDrafts || v.status !== "draft",
  );
  const adopted = versions.filter((v) => v.status === "adopted").at(-1);
  const current = adopted ? await q.findVersion(db, tenantId, adopted.id) : null;
  return {
    current: current ? await presentVersion(db, tenantId, current) : null,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      title: v.title,
      status: v.status,
      adoptedOn: v.adoptedOn,
    })),
  };
}

export async function getVersion(
  scope: TenantDb,
  { versionId, includeDrafts }: { versionId: string; includeDrafts: boolean },
): Promise<ConceptVersion> {
  return scope.transaction(async (tx) => {
    const version = await q.findVersion(tx, scope.tenantId, versionId);
    if (!version || (version.status === "draft" && !includeDrafts))
      throw new DomainError("notFound", "conceptVersion.notFound");
    return presentVersion(tx, scope.tenantId, version);
  });
}

/**
 * Copies a version (default: the adopted one) into a new draft, keeping lineages for diffs. A
 * county without an adopted version (a new county) starts with an empty draft.
 */
export async function createDraft(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: CreateDraft },
): Promise<ConceptVersion> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const versions = await q.listVersions(tx, tenantId);
    const sourceId =
      input.basedOnVersionId ?? versions.filter((v) => v.status === "adopted").at(-1)?.id;
    if (!sourceId) {
      const empty = await q.insertVersion(tx, {
        tenantId,
        number: await q.nextVersionNumber(tx, tenantId),
        title: input.title ?? "Integrationskonzept",
        status: "draft",
        basedOnVersionId: null,
      });
      await recordAudit(tx, {
        tenantId,
        actor,
        requestId,
        action: "conceptVersion.createDraft",
        entityType: "conceptVersion",
        entityId: empty.id,
        after: { number: empty.number, title: empty.title, basedOnVersionId: null },
      });
      return presentVersion(tx, tenantId, empty);
    }
    const source = await q.findVersion(tx, tenantId, sourceId);
    if (!source) {
      throw new DomainError("notFound", "conceptVersion.notFound", {}, "basedOnVersionId");
    }
    const tree = await q.loadVersionTree(tx, tenantId, source.id);
    const draft = await q.insertVersion(tx, {
      tenantId,
      number: await q.nextVersionNumber(tx, tenantId),
      title: input.title ?? source.title,
      status: "draft",
      basedOnVersionId: source.id,
    });
    const fieldIds = new Map(tree.fields.map((f) => [f.id, randomUUID()]));
    const goalIds = new Map(tree.goals.map((g) => [g.id, randomUUID()]));
    await q.insertActionFields(
      tx,
      tree.fields.map((f) => ({ ...f, id: fieldIds.get(f.id), conceptVersionId: draft.id })),
    );
    await q.insertGoals(
      tx,
      tree.goals.map((g) => ({
        ...g,
        id: goalIds.get(g.id),
        actionFieldId: fieldIds.get(g.actionFieldId) ?? g.actionFieldId,
        conceptVersionId: draft.id,
      })),
    );
    await q.insertRecommendations(
      tx,
      tree.recommendations.map((r) => ({
        ...r,
        id: randomUUID(),
        goalId: goalIds.get(r.goalId) ?? r.goalId,
        conceptVersionId: draft.id,
      })),
    );
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "conceptVersion.createDraft",
      entityType: "conceptVersion",
      entityId: draft.id,
      after: { number: draft.number, title: draft.title, basedOnVersionId: source.id },
    });
    return presentVersion(tx, tenantId, draft);
  });
}

/** Adds a goal to an action field of a draft version. Adopted versions refuse (409). */
export async function addGoal(
  scope: TenantDb,
  { actor, requestId, versionId, input }: Actor & { versionId: string; input: AddGoal },
): Promise<{ id: string; position: number }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, versionId);
    const field = await q.findActionField(tx, tenantId, input.actionFieldId);
    if (!field || field.conceptVersionId !== versionId) {
      throw new DomainError("invalid", "actionField.notInVersion", {}, "actionFieldId");
    }
    const position = (await q.maxGoalPosition(tx, tenantId, field.id)) + 1;
    const id = randomUUID();
    const row = {
      tenantId,
      id,
      conceptVersionId: versionId,
      actionFieldId: field.id,
      lineageId: randomUUID(),
      position,
      title: input.title,
      description: input.description ?? null,
    };
    await q.insertGoals(tx, [row]);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "goal.create",
      entityType: "goal",
      entityId: id,
      after: row,
    });
    return { id, position };
  });
}
