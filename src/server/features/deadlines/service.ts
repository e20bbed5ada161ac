import { eq } from "drizzle-orm";
import { DomainError } from "../../../domain/errors";
import { paperDeadlineRange, readPaperDeadlineDays } from "../../../domain/paper-deadline";
import { recordAudit } from "../../platform/audit/record-audit";
import { tenant } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { countyPaperDeadlineDays } from "./queries";

export async function readPaperDeadline(scope: TenantDb) {
  return scope.transaction(async (tx) => ({
    paperDeadlineDays: await countyPaperDeadlineDays(tx, scope.tenantId),
  }));
}

/**
 * Sets the county's Vorlagenfrist (audited). The value comes as typed (number or text); what is
 * not a whole number of days in range is refused at the field (422), nothing changed.
 */
export async function setPaperDeadline(
  scope: TenantDb,
  {
    actor,
    requestId,
    paperDeadlineDays: typed,
  }: { actor: string; requestId?: string; paperDeadlineDays: number | string },
) {
  const read = readPaperDeadlineDays(typed);
  if ("problem" in read)
    throw new DomainError("invalid", read.problem, { ...paperDeadlineRange }, "paperDeadlineDays");
  const paperDeadlineDays = read.days;
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await countyPaperDeadlineDays(tx, tenantId);
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
