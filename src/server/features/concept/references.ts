import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { ConceptItemKind } from "../../../contract/concept-editing";
import type { Executor } from "../../platform/db/database";
import { conceptRelink } from "../../platform/db/schema";
import * as edit from "./editing-queries";

/**
 * What points at concept items from outside the concept: measures (to recommendations), fund
 * purposes (to fields, goals, recommendations — by id or lineage), indicators (to fields and
 * goals by lineage) and the focus (to fields by lineage). Items are followed by lineage, so an
 * item of a draft is "referenced" when anything points at it in any version.
 */
export interface Lineages {
  actionField: string[];
  goal: string[];
  recommendation: string[];
}

const uuidArray = (ids: readonly string[]) =>
  sql`${`{${ids.length ? ids.join(",") : "00000000-0000-0000-0000-000000000000"}}`}::uuid[]`;

async function rows<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * The lineages of an item of a draft and of everything below it, with the lineages already
 * re-linked to them in this draft (their references arrive here on adoption).
 */
export async function subtreeLineages(
  db: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  item: edit.ConceptItem,
): Promise<Lineages> {
  const own = await ownLineages(db, tenantId, kind, item);
  const relinks = await db
    .select()
    .from(conceptRelink)
    .where(
      and(
        eq(conceptRelink.tenantId, tenantId),
        eq(conceptRelink.conceptVersionId, item.conceptVersionId),
      ),
    );
  for (const r of relinks)
    if (own[r.kind].includes(r.toLineageId)) own[r.kind].push(r.fromLineageId);
  return own;
}

async function ownLineages(
  db: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  item: edit.ConceptItem,
): Promise<Lineages> {
  const out: Lineages = { actionField: [], goal: [], recommendation: [] };
  out[kind].push(item.lineageId);
  if (kind === "recommendation") return out;
  const goals =
    kind === "goal"
      ? [item]
      : await edit.listSiblings(db, tenantId, "goal", {
          conceptVersionId: item.conceptVersionId,
          parentId: item.id,
        });
  if (kind === "actionField") out.goal.push(...goals.map((g) => g.lineageId));
  for (const g of goals) {
    const recs = await edit.listSiblings(db, tenantId, "recommendation", {
      conceptVersionId: item.conceptVersionId,
      parentId: g.id,
    });
    out.recommendation.push(...recs.map((r) => r.lineageId));
  }
  return out;
}

/** How many measures, fund purpose entries, indicators and focus entries point into these lineages. */
export async function countReferences(
  db: Executor,
  tenantId: string,
  l: Lineages,
): Promise<{ lineage: string; kind: ConceptItemKind; count: number }[]> {
  const found = await rows<{ lineage: string; kind: ConceptItemKind; n: number }>(
    db,
    sql`
    with rec as (select id, lineage_id from recommendation
                  where tenant_id = ${tenantId} and lineage_id = any(${uuidArray(l.recommendation)})),
         gl as (select id, lineage_id from goal
                  where tenant_id = ${tenantId} and lineage_id = any(${uuidArray(l.goal)}))
    select lineage::text as lineage, kind, count(*)::int as n from (
      select rec.lineage_id as lineage, 'recommendation' as kind from measure_recommendation mr
        join rec on rec.id = mr.recommendation_id where mr.tenant_id = ${tenantId}
      union all
      select rec.lineage_id, 'recommendation' from fund_purpose_entry p
        join rec on p.target_id in (rec.id, rec.lineage_id)
       where p.tenant_id = ${tenantId} and p.kind = 'recommendation'
      union all
      select gl.lineage_id, 'goal' from fund_purpose_entry p
        join gl on p.target_id in (gl.id, gl.lineage_id)
       where p.tenant_id = ${tenantId} and p.kind = 'goal'
      union all
      select i.goal_lineage_id, 'goal' from indicator i
       where i.tenant_id = ${tenantId} and i.goal_lineage_id = any(${uuidArray(l.goal)})
      union all
      select p.action_field_lineage_id, 'actionField' from fund_purpose_entry p
       where p.tenant_id = ${tenantId} and p.action_field_lineage_id = any(${uuidArray(l.actionField)})
      union all
      select i.action_field_lineage_id, 'actionField' from indicator i
       where i.tenant_id = ${tenantId} and i.action_field_lineage_id = any(${uuidArray(l.actionField)})
      union all
      select f.action_field_lineage_id, 'actionField' from focus f
       where f.tenant_id = ${tenantId} and f.action_field_lineage_id = any(${uuidArray(l.actionField)})
    ) t group by lineage, kind`,
  );
  return found.map((r) => ({ lineage: r.lineage, kind: r.kind, count: Number(r.n) }));
}

/** Records that the references of `from` go to `to` when the draft is adopted. */
export async function recordRelink(
  db: Executor,
  tenantId: string,
  versionId: string,
  kind: ConceptItemKind,
  fromLineageId: string,
  toLineageId: string,
): Promise<void> {
  // Whatever was already re-linked to the item now removed follows it to the new target.
  await db
    .update(conceptRelink)
    .set({ toLineageId })
    .where(
      and(
        eq(conceptRelink.tenantId, tenantId),
        eq(conceptRelink.conceptVersionId, versionId),
        eq(conceptRelink.kind, kind),
        eq(conceptRelink.toLineageId, fromLineageId),
      ),
    );
  await db
    .insert(conceptRelink)
    .values({
      tenantId,
      id: randomUUID(),
      conceptVersionId: versionId,
      kind,
      fromLineageId,
      toLineageId,
    })
    .onConflictDoUpdate({
      target: [
        conceptRelink.tenantId,
        conceptRelink.conceptVersionId,
        conceptRelink.kind,
        conceptRelink.fromLineageId,
      ],
      set: { toLineageId },
    });
}

/**
 * Applies a draft's re-links as it is adopted: measures, fund purposes, indicators and focus
 * that pointed at a removed item now point at its target in the adopted version. Returns the
 * number of rows moved (for the audit trail).
 */
export async function applyRelinks(
  db: Executor,
  tenantId: string,
  versionId: string,
): Promise<number> {
  const links = await db
    .select()
    .from(conceptRelink)
    .where(
      and(eq(conceptRelink.tenantId, tenantId), eq(conceptRelink.conceptVersionId, versionId)),
    );
  let moved = 0;
  const count = async (query: ReturnType<typeof sql>) => {
    const r = (await db.execute(query)) as unknown as {
      rows?: unknown[];
      affectedRows?: number;
      rowCount?: number;
    };
    moved += r.rowCount ?? r.affectedRows ?? r.rows?.length ?? 0;
  };
  for (const link of links) {
    const { fromLineageId: from, toLineageId: to } = link;
    if (link.kind === "recommendation") {
      const target = sql`(select id from recommendation where tenant_id = ${tenantId}
                           and concept_version_id = ${versionId} and lineage_id = ${to})`;
      const old = sql`(select id from recommendation where tenant_id = ${tenantId} and lineage_id = ${from})`;
      await count(sql`insert into measure_recommendation (tenant_id, measure_id, recommendation_id)
        select distinct ${tenantId}::uuid, mr.measure_id, ${target} from measure_recommendation mr
         where mr.tenant_id = ${tenantId} and mr.recommendation_id in ${old}
        on conflict do nothing`);
      await db.execute(sql`delete from measure_recommendation
        where tenant_id = ${tenantId} and recommendation_id in ${old}`);
      await count(sql`update fund_purpose_entry set target_id = ${target}
        where tenant_id = ${tenantId} and kind = 'recommendation'
          and (target_id in ${old} or target_id = ${from})`);
    } else if (link.kind === "goal") {
      const target = sql`(select id from goal where tenant_id = ${tenantId}
                           and concept_version_id = ${versionId} and lineage_id = ${to})`;
      const old = sql`(select id from goal where tenant_id = ${tenantId} and lineage_id = ${from})`;
      await count(sql`update fund_purpose_entry set target_id = ${target}
        where tenant_id = ${tenantId} and kind = 'goal' and (target_id in ${old} or target_id = ${from})`);
      await count(sql`update indicator set goal_lineage_id = ${to}
        where tenant_id = ${tenantId} and goal_lineage_id = ${from}`);
    } else {
      for (const table of ["fund_purpose_entry", "indicator", "focus"]) {
        await count(sql`update ${sql.identifier(table)} set action_field_lineage_id = ${to}
          where tenant_id = ${tenantId} and action_field_lineage_id = ${from}`);
      }
    }
  }
  return moved;
}
