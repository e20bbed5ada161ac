import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { ConceptItemKind } from "../../../contract/concept-editing";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import { goal, recommendation } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { lockDraft } from "./draft-lock";
import * as edit from "./editing-queries";
import * as q from "./queries";
import { countReferences, type Lineages, recordRelink, subtreeLineages } from "./references";

type ItemTarget = Actor & { versionId: string; kind: ConceptItemKind; itemId: string };

async function itemIn(
  tx: Executor,
  tenantId: string,
  versionId: string,
  kind: ConceptItemKind,
  id: string,
  path?: string,
) {
  const item = await edit.findItem(tx, tenantId, kind, id);
  if (!item || item.conceptVersionId !== versionId) {
    if (path) throw new DomainError("invalid", "conceptItem.relinkInvalid", {}, path);
    throw new DomainError("notFound", "conceptItem.notFound");
  }
  return item;
}

async function closeRanks(
  tx: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  item: edit.ConceptItem,
) {
  const rest = await edit.listSiblings(tx, tenantId, kind, item);
  for (const [index, sibling] of rest.entries()) {
    if (sibling.position !== index + 1)
      await edit.updateItem(tx, tenantId, kind, sibling.id, { position: index + 1 });
  }
}

/** Moves goals under another field, or recommendations under another goal, at the end. */
async function moveChildren(
  tx: Executor,
  tenantId: string,
  kind: "goal" | "recommendation",
  ids: string[],
  parent: edit.ConceptItem,
) {
  const existing = await edit.listSiblings(tx, tenantId, kind, {
    conceptVersionId: parent.conceptVersionId,
    parentId: parent.id,
  });
  let position = Math.max(0, ...existing.map((s) => s.position));
  for (const id of ids) {
    position += 1;
    if (kind === "goal")
      await tx
        .update(goal)
        .set({ actionFieldId: parent.id, position })
        .where(and(eq(goal.tenantId, tenantId), eq(goal.id, id)));
    else
      await tx
        .update(recommendation)
        .set({ goalId: parent.id, position })
        .where(and(eq(recommendation.tenantId, tenantId), eq(recommendation.id, id)));
  }
}

const childKind = { actionField: "goal", goal: "recommendation" } as const;

async function childrenOf(
  tx: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  item: edit.ConceptItem,
) {
  if (kind === "recommendation") return [];
  return edit.listSiblings(tx, tenantId, childKind[kind], {
    conceptVersionId: item.conceptVersionId,
    parentId: item.id,
  });
}

/** The children of a removed item that carry references themselves (or below them). */
async function referencedChildren(
  tx: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  item: edit.ConceptItem,
  referenced: Set<string>,
) {
  const out: string[] = [];
  for (const child of await childrenOf(tx, tenantId, kind, item)) {
    const ck = childKind[kind as "actionField" | "goal"];
    const below = await subtreeLineages(tx, tenantId, ck, child);
    const all = [...below.actionField, ...below.goal, ...below.recommendation];
    if (all.some((l) => referenced.has(l))) out.push(child.id);
  }
  return out;
}

const flat = (l: Lineages) => [...l.actionField, ...l.goal, ...l.recommendation];

/** What points at an item of a draft or anything below it (the UI asks before removing). */
export async function itemReferences(
  scope: TenantDb,
  target: Omit<ItemTarget, "actor" | "requestId">,
): Promise<{ count: number; candidates: { id: string; title: string }[] }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const item = await itemIn(tx, tenantId, target.versionId, target.kind, target.itemId);
    const refs = await countReferences(
      tx,
      tenantId,
      await subtreeLineages(tx, tenantId, target.kind, item),
    );
    const tree = await q.loadVersionTree(tx, tenantId, target.versionId);
    const all =
      target.kind === "actionField"
        ? tree.fields
        : target.kind === "goal"
          ? tree.goals
          : tree.recommendations;
    return {
      count: refs.reduce((n, r) => n + r.count, 0),
      candidates: all.filter((c) => c.id !== item.id).map((c) => ({ id: c.id, title: c.title })),
    };
  });
}

/**
 * Takes an item out of a draft. If measures, fund purposes, indicators or the focus point at it
 * (or below it), `relinkTo` must name another item of the same kind in the draft: the item's
 * references go there on adoption, and its children that are referenced move under it — nothing
 * is orphaned. Without references the item leaves with everything below it.
 */
export async function removeItem(
  scope: TenantDb,
  target: ItemTarget & { relinkTo?: string },
): Promise<void> {
  const { tenantId } = scope;
  const { actor, requestId, kind, versionId } = target;
  await scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, versionId);
    const item = await itemIn(tx, tenantId, versionId, kind, target.itemId);
    const lineages = await subtreeLineages(tx, tenantId, kind, item);
    const refs = await countReferences(tx, tenantId, lineages);
    const count = refs.reduce((n, r) => n + r.count, 0);
    let relinked: edit.ConceptItem | null = null;
    if (count > 0) {
      if (!target.relinkTo)
        throw new DomainError("conflict", "conceptItem.referenced", { count }, "relinkTo");
      if (target.relinkTo === item.id)
        throw new DomainError("invalid", "conceptItem.relinkInvalid", {}, "relinkTo");
      relinked = await itemIn(tx, tenantId, versionId, kind, target.relinkTo, "relinkTo");
      const referenced = new Set(refs.map((r) => r.lineage));
      if (kind !== "recommendation") {
        const keep = await referencedChildren(tx, tenantId, kind, item, referenced);
        await moveChildren(tx, tenantId, childKind[kind], keep, relinked);
      }
      await recordRelink(tx, tenantId, versionId, kind, item.lineageId, relinked.lineageId);
    }
    await edit.deleteItem(tx, tenantId, kind, item.id);
    await closeRanks(tx, tenantId, kind, item);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: `${kind}.retire`,
      entityType: kind,
      entityId: item.id,
      before: item,
      after: relinked
        ? { relinkedTo: relinked.id, references: count, lineages: flat(lineages).length }
        : null,
    });
  });
}

/**
 * Merges an item into another of the same kind in the draft: its children move under the
 * target (at the end), its references go to the target on adoption, and it leaves the draft.
 */
export async function mergeItem(
  scope: TenantDb,
  target: ItemTarget & { intoId: string },
): Promise<{ id: string; position: number }> {
  const { tenantId } = scope;
  const { actor, requestId, kind, versionId } = target;
  return scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, versionId);
    const item = await itemIn(tx, tenantId, versionId, kind, target.itemId);
    if (target.intoId === item.id)
      throw new DomainError("invalid", "conceptItem.mergeSelf", {}, "intoId");
    const into = await itemIn(tx, tenantId, versionId, kind, target.intoId, "intoId");
    if (kind !== "recommendation") {
      const children = await childrenOf(tx, tenantId, kind, item);
      await moveChildren(
        tx,
        tenantId,
        childKind[kind],
        children.map((c) => c.id),
        into,
      );
    }
    await recordRelink(tx, tenantId, versionId, kind, item.lineageId, into.lineageId);
    await edit.deleteItem(tx, tenantId, kind, item.id);
    await closeRanks(tx, tenantId, kind, item);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: `${kind}.merge`,
      entityType: kind,
      entityId: item.id,
      before: item,
      after: { mergedInto: into.id },
    });
    const fresh = await edit.findItem(tx, tenantId, kind, into.id);
    return { id: into.id, position: fresh?.position ?? into.position };
  });
}

/** Adds a Handlungsfeld at the end of a draft. */
export async function addActionField(
  scope: TenantDb,
  {
    actor,
    requestId,
    versionId,
    input,
  }: Actor & { versionId: string; input: { title: string; guidingGoal?: string | null } },
): Promise<{ id: string; position: number }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, versionId);
    const tree = await q.loadVersionTree(tx, tenantId, versionId);
    const row = {
      tenantId,
      id: randomUUID(),
      conceptVersionId: versionId,
      lineageId: randomUUID(),
      position: Math.max(0, ...tree.fields.map((f) => f.position)) + 1,
      title: input.title,
      guidingGoal: input.guidingGoal ?? null,
    };
    await q.insertActionFields(tx, [row]);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "actionField.create",
      entityType: "actionField",
      entityId: row.id,
      after: row,
    });
    return { id: row.id, position: row.position };
  });
}
