import { and, asc, eq, sql } from "drizzle-orm";
import type { ConceptItemKind } from "../../../contract/concept-editing";
import type { Executor } from "../../platform/db/database";
import { actionField, goal, recommendation } from "../../platform/db/schema";

/** One item of a version's tree, whatever its kind; `text` is the Leitziel or the description. */
export interface ConceptItem {
  id: string;
  conceptVersionId: string;
  parentId: string | null;
  lineageId: string;
  position: number;
  title: string;
  text: string | null;
  status?: string;
}

function tableOf(kind: ConceptItemKind) {
  if (kind === "actionField")
    return { table: actionField, parent: null, text: actionField.guidingGoal };
  if (kind === "goal") return { table: goal, parent: goal.actionFieldId, text: goal.description };
  return { table: recommendation, parent: recommendation.goalId, text: recommendation.description };
}

function columnsOf(kind: ConceptItemKind) {
  const { table, parent, text } = tableOf(kind);
  return {
    id: table.id,
    conceptVersionId: table.conceptVersionId,
    parentId: parent ?? sql<string | null>`null`,
    lineageId: table.lineageId,
    position: table.position,
    title: table.title,
    text,
  };
}

export async function findItem(
  db: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  id: string,
): Promise<ConceptItem | null> {
  const { table } = tableOf(kind);
  const rows = await db
    .select(columnsOf(kind))
    .from(table)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, id)));
  return (rows[0] as ConceptItem | undefined) ?? null;
}

/** The items with the same parent (for fields: the same version), in their order. */
export async function listSiblings(
  db: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  item: Pick<ConceptItem, "conceptVersionId" | "parentId">,
): Promise<ConceptItem[]> {
  const { table, parent } = tableOf(kind);
  const scope =
    parent && item.parentId
      ? eq(parent, item.parentId)
      : eq(table.conceptVersionId, item.conceptVersionId);
  const rows = await db
    .select(columnsOf(kind))
    .from(table)
    .where(and(eq(table.tenantId, tenantId), scope))
    .orderBy(asc(table.position));
  return rows as ConceptItem[];
}

export async function updateItem(
  db: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  id: string,
  change: { title?: string; text?: string | null; status?: string; position?: number },
): Promise<void> {
  const set: Record<string, unknown> = {};
  if (change.title !== undefined) set.title = change.title;
  if (change.position !== undefined) set.position = change.position;
  if (change.text !== undefined)
    set[kind === "actionField" ? "guidingGoal" : "description"] = change.text;
  if (change.status !== undefined && kind === "recommendation") set.status = change.status;
  if (!Object.keys(set).length) return;
  const { table } = tableOf(kind);
  await db
    .update(table)
    .set(set)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, id)));
}

/** Removes an item from its draft; its goals and recommendations go with it (cascade). */
export async function deleteItem(
  db: Executor,
  tenantId: string,
  kind: ConceptItemKind,
  id: string,
): Promise<void> {
  const { table } = tableOf(kind);
  await db.delete(table).where(and(eq(table.tenantId, tenantId), eq(table.id, id)));
}

export async function findGoal(db: Executor, tenantId: string, goalId: string) {
  const rows = await db
    .select()
    .from(goal)
    .where(and(eq(goal.tenantId, tenantId), eq(goal.id, goalId)));
  return rows[0] ?? null;
}
