import { DomainError } from "../../domain/errors";
import type { Executor } from "../db/database";
import type { TenantDb } from "../db/tenant-scope";
import * as q from "./export-queries";
import { type ListQuery, listPage, windowOf } from "./pagination";
import {
  type OParlObject,
  OParlUrls,
  presentAgendaItem,
  presentBody,
  presentConsultation,
  presentFile,
  presentMeeting,
  presentOrganization,
  presentPaper,
  presentSystem,
} from "./present";

export type ListKind = "organizations" | "persons" | "meetings" | "papers" | "files";

async function urlsFor(tx: Executor, tenantId: string, root: string) {
  const t = await q.findTenant(tx, tenantId);
  if (!t) throw new DomainError("notFound", "oparl.notFound");
  return { t, urls: new OParlUrls(root, t.slug) };
}

function requireBody(urls: OParlUrls, slug: string) {
  if (slug !== urls.bodySlug) throw new DomainError("notFound", "oparl.notFound");
}

async function withUrls<T>(
  scope: TenantDb,
  root: string,
  work: (tx: Executor, urls: OParlUrls, t: { name: string; createdAt: string }) => Promise<T>,
): Promise<T> {
  return scope.transaction(async (tx) => {
    const { t, urls } = await urlsFor(tx, scope.tenantId, root);
    return work(tx, urls, t);
  });
}

export async function oparlSystem(scope: TenantDb, root: string): Promise<OParlObject> {
  return withUrls(scope, root, async (_tx, urls, t) => presentSystem(urls, t.name));
}

export async function oparlBodies(scope: TenantDb, root: string, query: ListQuery) {
  return withUrls(scope, root, async (_tx, urls, t) => {
    const body = presentBody(urls, t, t.createdAt);
    return listPage(urls.bodies, query, query.page === 1 ? [body] : [], 1);
  });
}

export async function oparlBody(scope: TenantDb, root: string, slug: string) {
  return withUrls(scope, root, async (_tx, urls, t) => {
    requireBody(urls, slug);
    return presentBody(urls, t, t.createdAt);
  });
}

async function meetingsWithAgenda(
  tx: Executor,
  tenantId: string,
  urls: OParlUrls,
  rows: q.MeetingRow[],
) {
  const ids = rows.map((m) => m.id);
  const items = await q.agendaItemsOf(tx, tenantId, ids);
  const consultations = await q.consultationsOf(tx, tenantId, { meetingIds: ids });
  return rows.map((m) =>
    presentMeeting(
      urls,
      m,
      items.filter((i) => i.meetingId === m.id),
      consultations,
    ),
  );
}

async function papersWithParts(
  tx: Executor,
  tenantId: string,
  urls: OParlUrls,
  rows: q.PaperRow[],
) {
  const ids = rows.map((p) => p.id);
  const consultations = await q.consultationsOf(tx, tenantId, { paperIds: ids });
  const items = await q.agendaItemsForPapers(tx, tenantId, ids);
  const files = await q.filesOf(tx, tenantId, ids);
  return rows.map((p) =>
    presentPaper(
      urls,
      p,
      consultations.filter((c) => c.paperId === p.id),
      items,
      files.filter((f) => f.paperId === p.id),
    ),
  );
}

export async function oparlList(
  scope: TenantDb,
  root: string,
  slug: string,
  kind: ListKind,
  query: ListQuery,
) {
  const { tenantId } = scope;
  return withUrls(scope, root, async (tx, urls) => {
    requireBody(urls, slug);
    const w = windowOf(query);
    const listUrl = urls.bodyList(kind);
    switch (kind) {
      case "persons":
        return listPage(listUrl, query, [], 0);
      case "organizations": {
        const { rows, total } = await q.pageCommittees(tx, tenantId, w);
        return listPage(
          listUrl,
          query,
          rows.map((c) => presentOrganization(urls, c)),
          total,
        );
      }
      case "meetings": {
        const { rows, total } = await q.pageMeetings(tx, tenantId, w);
        return listPage(listUrl, query, await meetingsWithAgenda(tx, tenantId, urls, rows), total);
      }
      case "papers": {
        const { rows, total } = await q.pagePapers(tx, tenantId, w);
        return listPage(listUrl, query, await papersWithParts(tx, tenantId, urls, rows), total);
      }
      case "files": {
        const { rows, total } = await q.pageFiles(tx, tenantId, w);
        return listPage(
          listUrl,
          query,
          rows.map((f) => presentFile(urls, f)),
          total,
        );
      }
    }
  });
}

export type ObjectKind =
  | "organization"
  | "meeting"
  | "agendaItem"
  | "paper"
  | "consultation"
  | "file";

const notFound = () => new DomainError("notFound", "oparl.notFound");

/** One object by its URL's kind and id. */
export async function oparlObject(
  scope: TenantDb,
  root: string,
  kind: ObjectKind,
  id: string,
): Promise<OParlObject> {
  const { tenantId } = scope;
  return withUrls(scope, root, async (tx, urls) => {
    switch (kind) {
      case "organization": {
        const c = await q.findCommittee(tx, tenantId, id);
        if (!c) throw notFound();
        return presentOrganization(urls, c);
      }
      case "meeting": {
        const m = await q.findMeeting(tx, tenantId, id);
        if (!m) throw notFound();
        const [meeting] = await meetingsWithAgenda(tx, tenantId, urls, [m]);
        if (!meeting) throw notFound();
        return meeting;
      }
      case "agendaItem": {
        const item = await q.findAgendaItem(tx, tenantId, id);
        const m = item && (await q.findMeeting(tx, tenantId, item.meetingId));
        if (!item || !m) throw notFound();
        const consultations = await q.consultationsOf(tx, tenantId, { meetingIds: [m.id] });
        const c = consultations.find((x) => item.paperId && x.paperId === item.paperId);
        return presentAgendaItem(urls, item, m, c?.id ?? null);
      }
      case "paper": {
        const p = await q.findPaper(tx, tenantId, id);
        if (!p) throw notFound();
        const [paper] = await papersWithParts(tx, tenantId, urls, [p]);
        if (!paper) throw notFound();
        return paper;
      }
      case "consultation": {
        const c = await q.findConsultation(tx, tenantId, id);
        const p = c && (await q.findPaper(tx, tenantId, c.paperId));
        if (!c || !p) throw notFound();
        const items = await q.agendaItemsForPapers(tx, tenantId, [p.id]);
        const item = items.find((i) => c.meetingId && i.meetingId === c.meetingId);
        return presentConsultation(urls, c, p, item?.id ?? null);
      }
      case "file": {
        const f = await q.findFile(tx, tenantId, id);
        if (!f) throw notFound();
        return presentFile(urls, f);
      }
    }
  });
}
