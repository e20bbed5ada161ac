import { randomUUID } from "node:crypto";
import type {
  AddRecommendation,
  ConceptItemKind,
  MoveItem,
  UpdateConceptItem,
} from "../../../contract/concept-editing";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { lockDraft } from "./draft-lock";
import * as edit from "./editing-queries";
import * as q from "./queries";

type ItemTarget = Actor & { versionId: string; kind: ConceptItemKind; itemId: string };

/** Locks the version, refuses anything but a draft (409) and finds the item in it (404). */
async function editableItem(
  tx: Executor,
  tenantId: string,
  { versionId, kind, itemId }: Pick<ItemTarget, "versionId" | "kind" | "itemId">,
): Promise<edit.ConceptItem> {
  await lockDraft(tx, tenantId, versionId);
  const item = await edit.findItem(tx, tenantId, kind, itemId);
  if (!item || item.conceptVersionId !== versionId) {
    throw new DomainError("notFound", "conceptItem.notFound");
  }
  return item;
}

/** Renames or describes a Handlungsfeld, Handlungsziel or Handlungsempfehlung of a draft. */
export async function updateItem(
  scope: TenantDb,
  target: ItemTarget & { input: UpdateConceptItem },
): Promise<{ id: string; position: number }> {
  const { tenantId } = scope;
  const { actor, requestId, kind, input } = target;
  return scope.transaction(async (tx) => {
    const before = await editableItem(tx, tenantId, target);
    const text = kind === "actionField" ? input.guidingGoal : input.description;
    await edit.updateItem(tx, tenantId, kind, before.id, {
      title: input.title,
      text,
      status: input.status,
    });
    const after = await edit.findItem(tx, tenantId, kind, before.id);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: `${kind}.update`,
      entityType: kind,
      entityId: before.id,
      before,
      after,
    });
    return { id: before.id, position: before.position };
  });
}

/** Swaps an item with its neighbour among the children of the same parent. */
export async function moveItem(
  scope: TenantDb,
  target: ItemTarget & { input: MoveItem },
): Promise<{ id: string; position: number }> {
  const { tenantId } = scope;
  const { actor, requestId, kind, input } = target;
  return scope.transaction(async (tx) => {
    const item = await editableItem(tx, tenantId, target);
    const siblings = await edit.listSiblings(tx, tenantId, kind, item);
    const index = siblings.findIndex((s) => s.id === item.id);
    const neighbour = siblings[input.direction === "up" ? index - 1 : index + 1];
    if (!neighbour) throw new DomainError("invalid", "conceptItem.atEdge", {}, "direction");
    // Positions of action fields are unique per version: park one item while swapping.
    await edit.updateItem(tx, tenantId, kind, item.id, { position: -1 });
    await edit.updateItem(tx, tenantId, kind, neighbour.id, { position: item.position });
    await edit.updateItem(tx, tenantId, kind, item.id, { position: neighbour.position });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: `${kind}.move`,
      entityType: kind,
      entityId: item.id,
      before: { position: item.position },
      after: { position: neighbour.position, swappedWith: neighbour.id },
    });
    return { id: item.id, position: neighbour.position };
  });
}

/** Adds a Handlungsempfehlung to a goal of a draft version. */
export async function addRecommendation(
  scope: TenantDb,
  { actor, requestId, versionId, input }: Actor & { versionId: string; input: AddRecommendation },
): Promise<{ id: string; position: number }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, versionId);
    const parent = await edit.findGoal(tx, tenantId, input.goalId);
    if (!parent || parent.conceptVersionId !== versionId) {
      throw new DomainError("invalid", "goal.notInVersion", {}, "goalId");
    }
    const siblings = await edit.listSiblings(tx, tenantId, "recommendation", {
      conceptVersionId: versionId,
      parentId: parent.id,
    });
    const row = {
      tenantId,
      id: randomUUID(),
      conceptVersionId: versionId,
      goalId: parent.id,
      lineageId: randomUUID(),
      position: Math.max(0, ...siblings.map((s) => s.position)) + 1,
      title: input.title,
      description: input.description ?? null,
    };
    await q.insertRecommendations(tx, [row]);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "recommendation.create",
      entityType: "recommendation",
      entityId: row.id,
      after: row,
    });
    return { id: row.id, position: row.position };
  });
}
