import type { TenantInfo } from "../../../contract/overview";
import type { DriverName } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findTenant } from "../../platform/tenancy/tenants";

export async function getTenantInfo(scope: TenantDb, driver: DriverName): Promise<TenantInfo> {
  const t = await scope.transaction((tx) => findTenant(tx, scope.tenantId));
  return { name: t?.name ?? "", slug: t?.slug ?? "", database: driver };
}
