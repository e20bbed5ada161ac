import type { TenantInfo } from "../../contract/overview";
import type { DriverName } from "../db/database";
import type { TenantDb } from "../db/tenant-scope";
import { findTenant } from "../tenancy/tenants";

export async function getTenantInfo(scope: TenantDb, driver: DriverName): Promise<TenantInfo> {
  const t = await scope.transaction((tx) => findTenant(tx, scope.tenantId));
  return { name: t?.name ?? "", slug: t?.slug ?? "", database: driver };
}
