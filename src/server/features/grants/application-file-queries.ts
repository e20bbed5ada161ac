import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { grantApplicationFile } from "../../platform/db/schema";

const listed = {
  id: grantApplicationFile.id,
  applicationId: grantApplicationFile.applicationId,
  name: grantApplicationFile.name,
  fileName: grantApplicationFile.fileName,
  mimeType: grantApplicationFile.mimeType,
  size: grantApplicationFile.size,
  createdAt: grantApplicationFile.createdAt,
};
export type ApplicationFileRow = Awaited<ReturnType<typeof listFiles>>[number];

export async function listFiles(db: Executor, tenantId: string, applicationId: string) {
  return db
    .select(listed)
    .from(grantApplicationFile)
    .where(
      and(
        eq(grantApplicationFile.tenantId, tenantId),
        eq(grantApplicationFile.applicationId, applicationId),
      ),
    )
    .orderBy(asc(grantApplicationFile.createdAt), asc(grantApplicationFile.id));
}

export async function findFileContent(
  db: Executor,
  tenantId: string,
  applicationId: string,
  id: string,
) {
  const rows = await db
    .select({ ...listed, content: grantApplicationFile.content })
    .from(grantApplicationFile)
    .where(
      and(
        eq(grantApplicationFile.tenantId, tenantId),
        eq(grantApplicationFile.applicationId, applicationId),
        eq(grantApplicationFile.id, id),
      ),
    );
  return rows[0] ?? null;
}

export async function insertFile(db: Executor, row: typeof grantApplicationFile.$inferInsert) {
  const [created] = await db.insert(grantApplicationFile).values(row).returning(listed);
  if (!created) throw new Error("application file insert returned nothing");
  return created;
}

export async function deleteFile(
  db: Executor,
  tenantId: string,
  applicationId: string,
  id: string,
) {
  const rows = await db
    .delete(grantApplicationFile)
    .where(
      and(
        eq(grantApplicationFile.tenantId, tenantId),
        eq(grantApplicationFile.applicationId, applicationId),
        eq(grantApplicationFile.id, id),
      ),
    )
    .returning(listed);
  return rows[0] ?? null;
}
