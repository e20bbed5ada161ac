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

/** The filter as query parameters (empty fields and the default limit left out). */
export function searchFromFilter(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  const entityType = filter.entityType.trim();
  const actor = filter.actor.trim();
  if (entityType) params.set("entityType", entityType);
  if (actor) params.set("actor", actor);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.limit !== defaultLimit) params.set("limit", String(filter.limit));
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
