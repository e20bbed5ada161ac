import type { z } from "zod";
import type { auditQuerySchema } from "../../contract/audit";

/** The Prüfprotokoll's filter: it lives in the URL query, so a filtered view can be shared. */
export interface AuditFilter {
  entityType: string;
  actor: string;
  from: string;
  to: string;
  limit: number;
}

export const defaultLimit = 200;
export const emptyFilter: AuditFilter = {
  entityType: "",
  actor: "",
  from: "",
  to: "",
  limit: defaultLimit,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function text(params: URLSearchParams, name: string, max: number): string {
  return (params.get(name) ?? "").trim().slice(0, max);
}

function date(params: URLSearchParams, name: string): string {
  const value = (params.get(name) ?? "").trim();
  return isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? value : "";
}

function limit(params: URLSearchParams): number {
  const value = Number(params.get("limit"));
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : defaultLimit;
}

/** Reads the filter from the address; values the API would refuse are dropped. */
export function filterFromSearch(params: URLSearchParams): AuditFilter {
  return {
    entityType: text(params, "entityType", 100),
    actor: text(params, "actor", 200),
    from: date(params, "from"),
    to: date(params, "to"),
    limit: limit(params),
  };
}

/** The filter as the API's query (empty fields and the default limit left out). */
export function auditQuery(filter: AuditFilter) {
  return {
    entityType: filter.entityType.trim() || undefined,
    actor: filter.actor.trim() || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
    limit: filter.limit === defaultLimit ? undefined : filter.limit,
  } satisfies z.input<typeof auditQuerySchema>;
}

/** The filter as query parameters, in the order of auditQuery (the API's query). */
export function searchFromFilter(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(auditQuery(filter))) {
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}

/** "?entityType=user&…" or "" – for /audit, /audit.csv and the page's own address. */
export function queryString(filter: AuditFilter): string {
  const search = searchFromFilter(filter).toString();
  return search ? `?${search}` : "";
}

/** The first 8 characters of a UUID; other ids stay whole. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? `${id.slice(0, 8)}…` : id;
}

/** before/after as readable JSON; nothing when the event has none. */
export function prettyJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}
