import { DomainError } from "../../../domain/errors";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
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
  presentReportConsultation,
  presentReportFile,
  presentReportPaper,
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
  reports: q.ReportRow[],
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
      // The newest published report of this Vorlage is its main file.
      reports.filter((r) => r.paperId === p.id).at(-1) ?? null,
    ),
  );
}

/** Published reports inside a list's created/modified filters (both are the day it was final). */
function reportsInWindow(reports: q.ReportRow[], w: q.ListWindow): q.ReportRow[] {
  const at = (text: string | undefined) => (text ? Date.parse(text) : null);
  const [since, until] = [
    Math.max(at(w.createdSince) ?? -Infinity, at(w.modifiedSince) ?? -Infinity),
    Math.min(at(w.createdUntil) ?? Infinity, at(w.modifiedUntil) ?? Infinity),
  ];
  return reports.filter((r) => {
    const final = Date.parse(r.finalisedAt);
    return final >= since && final <= until;
  });
}

/**
 * One page of a list whose rows come from the database (paged there) followed by the published
 * reports: the reports fill the pages after the last database row.
 */
function withReports<R, T>(
  w: q.ListWindow,
  paged: { rows: R[]; total: number },
  reports: q.ReportRow[],
  present: (r: q.ReportRow) => T,
) {
  const start = Math.max(0, w.offset - paged.total);
  const room = w.limit - paged.rows.length;
  return {
    extra: room > 0 ? reports.slice(start, start + room).map(present) : [],
    total: paged.total + reports.length,
  };
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
        const paged = await q.pagePapers(tx, tenantId, w);
        const reports = await q.publishedReports(tx, tenantId);
        const own = reportsInWindow(
          reports.filter((r) => !r.paperId),
          w,
        );
        const { extra, total } = withReports(w, paged, own, (r) =>
          presentReportPaper(urls, r, null),
        );
        const papers = await papersWithParts(tx, tenantId, urls, paged.rows, reports);
        return listPage(listUrl, query, [...papers, ...extra], total);
      }
      case "files": {
        const paged = await q.pageFiles(tx, tenantId, w);
        const reports = reportsInWindow(await q.publishedReports(tx, tenantId), w);
        const { extra, total } = withReports(w, paged, reports, (r) => presentReportFile(urls, r));
        return listPage(
          listUrl,
          query,
          [...paged.rows.map((f) => presentFile(urls, f)), ...extra],
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
        const reports = await q.publishedReports(tx, tenantId);
        const p = await q.findPaper(tx, tenantId, id);
        if (!p) {
          const report = reports.find((r) => r.id === id && !r.paperId);
          if (!report) throw notFound();
          return presentReportPaper(urls, report, null);
        }
        const [paper] = await papersWithParts(tx, tenantId, urls, [p], reports);
        if (!paper) throw notFound();
        return paper;
      }
      case "consultation": {
        const c = await q.findConsultation(tx, tenantId, id);
        const p = c && (await q.findPaper(tx, tenantId, c.paperId));
        if (!c || !p) {
          const report = (await q.publishedReports(tx, tenantId)).find(
            (r) => r.id === id && !r.paperId,
          );
          if (!report) throw notFound();
          return presentReportConsultation(urls, report, null);
        }
        const items = await q.agendaItemsForPapers(tx, tenantId, [p.id]);
        const item = items.find((i) => c.meetingId && i.meetingId === c.meetingId);
        return presentConsultation(urls, c, p, item?.id ?? null);
      }
      case "file": {
        const f = await q.findFile(tx, tenantId, id);
        if (f) return presentFile(urls, f);
        const report = (await q.publishedReports(tx, tenantId)).find((r) => r.id === id);
        if (!report) throw notFound();
        return presentReportFile(urls, report);
      }
    }
  });
}
