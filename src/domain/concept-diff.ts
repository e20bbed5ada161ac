/** What the diff of two concept versions compares: one item, identified across versions by lineage. */
export const conceptItemKinds = ["actionField", "goal", "recommendation"] as const;
export type ConceptItemKind = (typeof conceptItemKinds)[number];

export interface ConceptNode {
  kind: ConceptItemKind;
  lineageId: string;
  /** Lineage of the field (for goals) or goal (for recommendations); null for fields. */
  parentLineageId: string | null;
  position: number;
  title: string;
  /** Leitziel of a field, description of a goal or recommendation. */
  text: string | null;
}

interface Ref {
  kind: ConceptItemKind;
  lineageId: string;
  title: string;
}

export type ConceptChange =
  | (Ref & { type: "added"; parentLineageId: string | null })
  | (Ref & {
      type: "removed";
      parentLineageId: string | null;
      /** Merged or re-linked: what pointed to it (measures, funds, figures) now points here. */
      relinkedToLineageId: string | null;
    })
  | (Ref & { type: "renamed"; previousTitle: string })
  | (Ref & { type: "described"; previousText: string | null; text: string | null })
  | (Ref & {
      type: "moved";
      previousParentLineageId: string | null;
      parentLineageId: string | null;
      previousPosition: number;
      position: number;
    });

const kindOrder: Record<ConceptItemKind, number> = { actionField: 0, goal: 1, recommendation: 2 };

/** Rank of each node among the siblings that exist in both versions under the same parent. */
function ranksAmongCommon(nodes: ConceptNode[], keep: (n: ConceptNode) => boolean) {
  const groups = new Map<string, ConceptNode[]>();
  for (const node of nodes.filter(keep)) {
    const key = `${node.kind}:${node.parentLineageId ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const ranks = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.position - b.position);
    for (const [index, node] of group.entries()) ranks.set(node.lineageId, index);
  }
  return ranks;
}

/**
 * The changes from `before` to `after`, matched by lineage: added, removed, renamed,
 * described (Leitziel or description changed) and moved (to another parent, or to another
 * place among the siblings both versions share — an insertion alone moves nothing).
 * Ordered fields first, then goals, then recommendations, each in the order of `after`. A removed
 * item names where its references went when the draft merged or re-linked it.
 */
export function diffConceptVersions(
  before: ConceptNode[],
  after: ConceptNode[],
  /** The version's re-links (a merge or a removal that moved its references): from → to. */
  relinks: { fromLineageId: string; toLineageId: string }[] = [],
): ConceptChange[] {
  const relinkedTo = new Map(relinks.map((r) => [r.fromLineageId, r.toLineageId]));
  const old = new Map(before.map((n) => [n.lineageId, n]));
  const now = new Map(after.map((n) => [n.lineageId, n]));
  const sameParent = (n: ConceptNode) =>
    old.get(n.lineageId)?.parentLineageId === now.get(n.lineageId)?.parentLineageId;
  const inBoth = (n: ConceptNode) => old.has(n.lineageId) && now.has(n.lineageId) && sameParent(n);
  const oldRanks = ranksAmongCommon(before, inBoth);
  const newRanks = ranksAmongCommon(after, inBoth);

  const changes: ConceptChange[] = [];
  const ordered = [...after].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  for (const node of ordered) {
    const ref = { kind: node.kind, lineageId: node.lineageId, title: node.title };
    const previous = old.get(node.lineageId);
    if (!previous) {
      changes.push({ ...ref, type: "added", parentLineageId: node.parentLineageId });
      continue;
    }
    if (previous.title !== node.title) {
      changes.push({ ...ref, type: "renamed", previousTitle: previous.title });
    }
    if ((previous.text ?? "") !== (node.text ?? "")) {
      changes.push({ ...ref, type: "described", previousText: previous.text, text: node.text });
    }
    const reparented = previous.parentLineageId !== node.parentLineageId;
    if (reparented || oldRanks.get(node.lineageId) !== newRanks.get(node.lineageId)) {
      changes.push({
        ...ref,
        type: "moved",
        previousParentLineageId: previous.parentLineageId,
        parentLineageId: node.parentLineageId,
        previousPosition: previous.position,
        position: node.position,
      });
    }
  }
  const removed = before
    .filter((n) => !now.has(n.lineageId))
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  for (const node of removed) {
    changes.push({
      kind: node.kind,
      lineageId: node.lineageId,
      title: node.title,
      type: "removed",
      parentLineageId: node.parentLineageId,
      relinkedToLineageId: relinkedTo.get(node.lineageId) ?? null,
    });
  }
  return changes;
}
