import type { PartnerInput } from "../../../contract/partners";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as q from "./queries";

function columnsOf(input: PartnerInput) {
  return {
    name: input.name,
    kind: input.kind,
    contactName: input.contactName || null,
    contactEmail: input.contactEmail || null,
    contactPhone: input.contactPhone || null,
    website: input.website || null,
  };
}

export async function createPartner(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: PartnerInput },
) {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const created = await q.insertPartner(tx, { tenantId, ...columnsOf(input) });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "partner.create",
      entityType: "partner",
      entityId: created.id,
      after: columnsOf(input),
    });
    return { id: created.id, name: created.name, kind: created.kind, isExample: created.isExample };
  });
}

export async function updatePartner(
  scope: TenantDb,
  { actor, requestId, id, input }: Actor & { id: string; input: PartnerInput },
) {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await q.findPartner(tx, tenantId, id);
    if (!before) throw new DomainError("notFound", "partner.notFound");
    await q.updatePartner(tx, tenantId, id, columnsOf(input));
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "partner.update",
      entityType: "partner",
      entityId: id,
      before,
      after: columnsOf(input),
    });
    return { id, name: input.name, kind: input.kind, isExample: before.isExample };
  });
}
