import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { auditRoutes as api } from "../../contract/routes/audit";
import { apiAddress, callRoute } from "../api/call";
import { useLanguage } from "../auth/session";
import { type AuditFilter, auditQuery, queryString } from "./auditFilter";

/** The audit trail for one filter (admins with the second factor; 403 otherwise). */
export function useAudit(filter: AuditFilter) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["audit", queryString(filter), language],
    queryFn: () => callRoute(api.listAuditEvents, { query: auditQuery(filter) }, language),
    placeholderData: keepPreviousData,
  });
}

/** The CSV download of the same filter. */
export const csvHref = (filter: AuditFilter) =>
  apiAddress(api.auditCsv, { query: auditQuery(filter) });
