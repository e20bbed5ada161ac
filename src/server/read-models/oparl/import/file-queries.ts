import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { paperFile } from "../../../platform/db/schema";

/** The files of an imported paper, by file name (the import's key for a file of a paper). */
export async function filesOfPaper(db: Executor, tenantId: string, paperId: string) {
  return db
    .select({ id: paperFile.id, fileName: paperFile.fileName, createdAt: paperFile.createdAt })
    .from(paperFile)
    .where(and(eq(paperFile.tenantId, tenantId), eq(paperFile.paperId, paperId)));
}

/**
 * Stores a file of an imported paper, replacing the one of the same name. The paper row is not
 * touched: an imported file is no edit in Kurs (no conflict with the next run).
 */
export async function replaceImportedFile(
  db: Executor,
  row: typeof paperFile.$inferInsert & { paperId: string; fileName: string },
) {
  await db
    .delete(paperFile)
    .where(
      and(
        eq(paperFile.tenantId, row.tenantId),
        eq(paperFile.paperId, row.paperId),
        eq(paperFile.fileName, row.fileName),
      ),
    );
  const [created] = await db
    .insert(paperFile)
    .values(row)
    .returning({ id: paperFile.id, createdAt: paperFile.createdAt });
  if (!created) throw new Error("paper_file insert returned nothing");
  return created;
}
