import type { TenantInfo } from "../../contract/overview";
import type { Database } from "../db/database";
import { findTenant } from "./queries";

export async function getTenantInfo(
  database: Database,
  { tenantId }: { tenantId: string },
): Promise<TenantInfo> {
  const t = await findTenant(database.db, tenantId);
  return { name: t?.name ?? "", slug: t?.slug ?? "", database: database.driver };
}
