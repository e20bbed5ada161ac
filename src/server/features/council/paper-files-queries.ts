import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { consultation, paper, paperFile } from "../../platform/db/schema";

const listed = {
  id: paperFile.id,
  paperId: paperFile.paperId,
  name: paperFile.name,
  fileName: paperFile.fileName,
  mimeType: paperFile.mimeType,
  size: paperFile.size,
  sha1: paperFile.sha1,
  createdAt: paperFile.createdAt,
};

export async function listPaperFiles(db: Executor, tenantId: string, paperId: string) {
  return db
    .select(listed)
    .from(paperFile)
    .where(and(eq(paperFile.tenantId, tenantId), eq(paperFile.paperId, paperId)))
    .orderBy(asc(paperFile.createdAt), asc(paperFile.id));
}

export async function findPaperFileContent(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select({ ...listed, content: paperFile.content })
    .from(paperFile)
    .where(and(eq(paperFile.tenantId, tenantId), eq(paperFile.id, id)));
  return rows[0] ?? null;
}

export async function insertPaperFile(db: Executor, row: typeof paperFile.$inferInsert) {
  const [created] = await db.insert(paperFile).values(row).returning(listed);
  if (!created) throw new Error("paper file insert returned nothing");
  return created;
}

export async function deletePaperFile(db: Executor, tenantId: string, paperId: string, id: string) {
  const rows = await db
    .delete(paperFile)
    .where(
      and(eq(paperFile.tenantId, tenantId), eq(paperFile.paperId, paperId), eq(paperFile.id, id)),
    )
    .returning(listed);
  return rows[0] ?? null;
}

/** The paper row locked for a change, with the outcomes of its consultations. */
export async function lockPaper(db: Executor, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(paper)
    .where(and(eq(paper.tenantId, tenantId), eq(paper.id, id)))
    .for("update");
  const found = rows[0];
  if (!found) return null;
  const outcomes = await db
    .select({ outcome: consultation.outcome })
    .from(consultation)
    .where(and(eq(consultation.tenantId, tenantId), eq(consultation.paperId, id)));
  return { paper: found, outcomes: outcomes.map((o) => o.outcome) };
}

export async function updatePaperRow(
  db: Executor,
  tenantId: string,
  id: string,
  changes: Partial<typeof paper.$inferInsert>,
) {
  const [updated] = await db
    .update(paper)
    .set({ ...changes, modifiedAt: new Date().toISOString() })
    .where(and(eq(paper.tenantId, tenantId), eq(paper.id, id)))
    .returning();
  if (!updated) throw new Error("paper update returned nothing");
  return updated;
}
