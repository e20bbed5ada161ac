import type { PartnerList, partnerSorts } from "../../../contract/partners";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as q from "./queries";

/** The partners' face for other features: the list forms offer, one partner, whether it exists, the columns a summary shows. */
export { findPartner, listPartners, partnerSummaryColumns } from "./queries";

export async function partnerExists(db: Executor, tenantId: string, id: string) {
  return (await q.findPartner(db, tenantId, id)) !== null;
}

/** The partner list: filtered by kind and name, sorted by name, kind or number of measures. */
export async function listPartnerTable(
  scope: TenantDb,
  query: {
    kind?: PartnerList["items"][number]["kind"];
    q?: string;
    sort?: (typeof partnerSorts)[number];
    order?: "asc" | "desc";
  },
): Promise<PartnerList> {
  return scope.transaction(async (tx) => {
    const items = await q.partnersWithCounts(tx, scope.tenantId, query);
    const byName = (a: (typeof items)[number], b: (typeof items)[number]) =>
      a.name.localeCompare(b.name, "de");
    const sorted = items.sort(
      query.sort === "measures"
        ? (a, b) => a.measureCount - b.measureCount || byName(a, b)
        : query.sort === "kind"
          ? (a, b) => a.kind.localeCompare(b.kind) || byName(a, b)
          : byName,
    );
    if (query.order === "desc") sorted.reverse();
    return { items: sorted };
  });
}
