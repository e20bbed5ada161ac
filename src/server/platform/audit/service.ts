import type { AuditQuery } from "../../../contract/audit";
import type { TenantDb } from "../db/tenant-scope";
import { listAuditEvents } from "./queries";

/** The audit trail of the county, filtered, newest first. */
export function listAudit(scope: TenantDb, query: AuditQuery) {
  return scope.transaction((tx) => listAuditEvents(tx, scope.tenantId, query));
}
