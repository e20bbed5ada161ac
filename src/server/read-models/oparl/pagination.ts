import type { ListWindow } from "./export-queries";

/** Query of an OParl list (spec 1.1, "Paginierung" and "Filter"). */
export interface ListQuery {
  page: number;
  limit: number;
  created_since?: string;
  created_until?: string;
  modified_since?: string;
  modified_until?: string;
}

export function windowOf(q: ListQuery): ListWindow {
  return {
    offset: (q.page - 1) * q.limit,
    limit: q.limit,
    createdSince: q.created_since,
    createdUntil: q.created_until,
    modifiedSince: q.modified_since,
    modifiedUntil: q.modified_until,
  };
}

/** An OParl list page: data, pagination and links (first, prev, self, next, last). */
export function listPage<T>(listUrl: string, q: ListQuery, data: T[], total: number) {
  const totalPages = Math.max(1, Math.ceil(total / q.limit));
  const urlOf = (page: number) => {
    const url = new URL(listUrl);
    for (const key of [
      "created_since",
      "created_until",
      "modified_since",
      "modified_until",
    ] as const) {
      const value = q[key];
      if (value) url.searchParams.set(key, value);
    }
    url.searchParams.set("limit", String(q.limit));
    url.searchParams.set("page", String(page));
    return url.toString();
  };
  return {
    data,
    pagination: {
      totalElements: total,
      elementsPerPage: q.limit,
      currentPage: q.page,
      totalPages,
    },
    links: {
      first: urlOf(1),
      ...(q.page > 1 ? { prev: urlOf(Math.min(q.page - 1, totalPages)) } : {}),
      self: urlOf(q.page),
      ...(q.page < totalPages ? { next: urlOf(q.page + 1) } : {}),
      last: urlOf(totalPages),
    },
  };
}
