import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AuditEvent } from "../../contract/audit";
import { getJson } from "../api/client";
import { useLanguage } from "../auth/session";
import { type AuditFilter, queryString } from "./auditFilter";

/** The audit trail for one filter (admins with the second factor; 403 otherwise). */
export function useAudit(filter: AuditFilter) {
  const language = useLanguage();
  const query = queryString(filter);
  return useQuery({
    queryKey: ["audit", query, language],
    queryFn: () => getJson<AuditEvent[]>(`/audit${query}`, language),
    placeholderData: keepPreviousData,
  });
}

/** The CSV download of the same filter. */
export const csvHref = (filter: AuditFilter) => `/api/v1/audit.csv${queryString(filter)}`;
