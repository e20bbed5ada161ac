import type { Partner, PartnerInput } from "../../../contract/measures";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as o from "./options-queries";
import type { Audience } from "./published";
import * as q from "./queries";
import { present, summarise } from "./summaries";

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

/** A partner with the measures it takes part in. Contacts only for signed-in users. */
export async function getPartner(
  scope: TenantDb,
  {
    id,
    today,
    showContact,
    audience,
  }: { id: string; today: string; showContact: boolean; audience: Audience },
): Promise<Partner> {
  return scope.transaction(async (tx) => {
    const row = await o.findPartner(tx, scope.tenantId, id);
    if (!row) throw new DomainError("notFound", "partner.notFound");
    const rows = await q.listMeasureRows(tx, scope.tenantId, {
      partner: id,
      publishedOnly: audience === "public",
    });
    const measures = await summarise(tx, scope.tenantId, rows, today);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      isExample: row.isExample,
      contactName: showContact ? row.contactName : null,
      contactEmail: showContact ? row.contactEmail : null,
      contactPhone: showContact ? row.contactPhone : null,
      website: row.website,
      measures: measures.map(present),
    };
  });
}

export async function createPartner(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: PartnerInput },
) {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const created = await o.insertPartner(tx, { tenantId, ...columnsOf(input) });
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
    const before = await o.findPartner(tx, tenantId, id);
    if (!before) throw new DomainError("notFound", "partner.notFound");
    await o.updatePartner(tx, tenantId, id, columnsOf(input));
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
