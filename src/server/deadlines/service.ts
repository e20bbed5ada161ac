import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { tenant } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import { paperDeadlineDaysOf } from "./lapse-decision";

export async function readPaperDeadline(scope: TenantDb) {
  return scope.transaction(async (tx) => ({
    paperDeadlineDays: await paperDeadlineDaysOf(tx, scope.tenantId),
  }));
}

/** Sets the county's Vorlagenfrist (audited). */
export async function setPaperDeadline(
  scope: TenantDb,
  {
    actor,
    requestId,
    paperDeadlineDays,
  }: { actor: string; requestId?: string; paperDeadlineDays: number },
) {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await paperDeadlineDaysOf(tx, tenantId);
    await tx.update(tenant).set({ paperDeadlineDays }).where(eq(tenant.id, tenantId));
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "county.paperDeadline",
      entityType: "tenant",
      entityId: tenantId,
      before: { paperDeadlineDays: before },
      after: { paperDeadlineDays },
    });
    return { paperDeadlineDays };
  });
}
