import type { Partner } from "../../../contract/measures";
import { DomainError } from "../../../domain/errors";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findPartner } from "../partners/read";
import type { Audience } from "./published";
import * as q from "./queries";
import { present, summarise } from "./summaries";

/**
 * A partner's page: the partner with the measures it takes part in (the measures' view of a
 * partner; the partner itself is features/partners). Contacts only for signed-in users.
 */
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
    const row = await findPartner(tx, scope.tenantId, id);
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
