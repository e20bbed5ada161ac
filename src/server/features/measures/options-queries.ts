import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database";
import { measureType } from "../../platform/db/schema";

export async function listMeasureTypes(db: Executor, tenantId: string) {
  return db
    .select({ id: measureType.id, key: measureType.key, name: measureType.name })
    .from(measureType)
    .where(eq(measureType.tenantId, tenantId))
    .orderBy(asc(measureType.position));
}
