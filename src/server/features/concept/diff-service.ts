import type { ConceptDiff } from "../../../contract/concept-diff";
import { type ConceptNode, diffConceptVersions } from "../../../domain/concept-diff";
import { DomainError } from "../../../domain/errors";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as q from "./queries";

/** A version's tree as flat nodes with parent lineages, for the diff. */
async function nodesOf(db: Executor, tenantId: string, versionId: string): Promise<ConceptNode[]> {
  const tree = await q.loadVersionTree(db, tenantId, versionId);
  const fieldLineage = new Map(tree.fields.map((f) => [f.id, f.lineageId]));
  const goalLineage = new Map(tree.goals.map((g) => [g.id, g.lineageId]));
  return [
    ...tree.fields.map((f) => ({
      kind: "actionField" as const,
      lineageId: f.lineageId,
      parentLineageId: null,
      position: f.position,
      title: f.title,
      text: f.guidingGoal,
    })),
    ...tree.goals.map((g) => ({
      kind: "goal" as const,
      lineageId: g.lineageId,
      parentLineageId: fieldLineage.get(g.actionFieldId) ?? null,
      position: g.position,
      title: g.title,
      text: g.description,
    })),
    ...tree.recommendations.map((r) => ({
      kind: "recommendation" as const,
      lineageId: r.lineageId,
      parentLineageId: goalLineage.get(r.goalId) ?? null,
      position: r.position,
      title: r.title,
      text: r.description,
    })),
  ];
}

const summary = (v: Awaited<ReturnType<typeof q.listVersions>>[number]) => ({
  id: v.id,
  number: v.number,
  title: v.title,
  status: v.status,
  adoptedOn: v.adoptedOn,
});

/**
 * The changes of a version against the one it was based on (else the one numbered before), or
 * against the version named (a paper compares a draft with the adopted concept).
 */
export async function diffVersion(
  scope: TenantDb,
  {
    versionId,
    includeDrafts,
    againstVersionId,
  }: { versionId: string; includeDrafts: boolean; againstVersionId?: string },
): Promise<ConceptDiff> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const versions = await q.listVersions(tx, tenantId);
    const version = versions.find((v) => v.id === versionId);
    if (!version || (version.status === "draft" && !includeDrafts)) {
      throw new DomainError("notFound", "conceptVersion.notFound");
    }
    const previous =
      (againstVersionId ? versions.find((v) => v.id === againstVersionId) : undefined) ??
      versions.find((v) => v.id === version.basedOnVersionId) ??
      versions.filter((v) => v.number < version.number).at(-1) ??
      null;
    const after = await nodesOf(tx, tenantId, version.id);
    const before = previous ? await nodesOf(tx, tenantId, previous.id) : [];
    const parentTitles: Record<string, string> = {};
    for (const node of [...before, ...after]) parentTitles[node.lineageId] = node.title;
    const relinks = await q.relinksOfVersion(tx, tenantId, version.id);
    const changes = diffConceptVersions(before, after, relinks);
    const named = new Set(
      changes.flatMap((c) => [
        "parentLineageId" in c ? c.parentLineageId : null,
        "previousParentLineageId" in c ? c.previousParentLineageId : null,
        "relinkedToLineageId" in c ? c.relinkedToLineageId : null,
      ]),
    );
    return {
      version: summary(version),
      previous: previous ? summary(previous) : null,
      changes,
      parentTitles: Object.fromEntries(
        Object.entries(parentTitles).filter(([lineage]) => named.has(lineage)),
      ),
    };
  });
}
