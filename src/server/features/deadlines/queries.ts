import { eq } from "drizzle-orm";
import { defaultPaperDeadlineDays } from "../../../domain/paper-deadline";
import type { Executor } from "../../platform/db/database";
import { tenant } from "../../platform/db/schema";

/**
 * The county's Vorlagenfrist in days (tenant setting). Which one applies to a paper is decided by
 * domain/paper-deadline `paperDeadlineFor`; this only reads the county's part.
 */
export async function countyPaperDeadlineDays(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ days: tenant.paperDeadlineDays })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  return row?.days ?? defaultPaperDeadlineDays;
}
