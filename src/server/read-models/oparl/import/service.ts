import {
  committeeKindFrom,
  consultationRoleFrom,
  localDateOf,
  paperKindFrom,
} from "../../../../domain/oparl-terms";
import { recordAudit } from "../../../platform/audit/record-audit";
import type { Executor } from "../../../platform/db/database";
import type { TenantDb } from "../../../platform/db/tenant-scope";
import type { OParlReader } from "./client";
import { filesOfOParlPaper, importPaperFile } from "./files";
import * as q from "./queries";

type Json = Record<string, unknown>;
export interface Counter {
  created: number;
  updated: number;
  unchanged: number;
  /** Edited in Kurs and changed at the source: left as it is in Kurs (papers). */
  conflict: number;
}
export type ImportKind =
  | "organizations"
  | "meetings"
  | "agendaItems"
  | "papers"
  | "consultations"
  | "files";
export type ImportCounts = Record<ImportKind, Counter>;

export interface ImportProgress {
  phase: "system" | "organizations" | "meetings" | "papers" | "done";
  page?: number;
  totalPages?: number | null;
  counts: ImportCounts;
}

export interface ImportResult {
  body: { id: string; name: string };
  counts: ImportCounts;
  /** Objects left out, with the reason (e.g. a meeting without a known committee). */
  skipped: string[];
  /** Papers edited in Kurs and changed at the source: Kurs's version stays, the office decides. */
  conflicts: { paperId: string; oparlId: string; title: string }[];
}

/** A list URL asking only for what changed since `since` (OParl 1.1 `modified_since`). */
function changedSince(url: string, since: string | undefined): string {
  if (!since) return url;
  const u = new URL(url);
  u.searchParams.set("modified_since", new Date(since).toISOString());
  return u.toString();
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const objects = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === "object") : [];
const typeIs = (o: Json, type: string) => String(o.type ?? "").endsWith(`/${type}`);

/** Organisations that are not committees (parties, groups, offices) are not imported. */
function isCommittee(o: Json): boolean {
  return !/fraktion|partei|verwaltung|institution|person/i.test(str(o.organizationType) ?? "");
}

/**
 * Imports bodies' committees, meetings (with agenda items) and papers (with consultations) from
 * an OParl endpoint into this county. Idempotent: every object is matched by its OParl id; a
 * second run changes only what changed at the source. Each list page is one transaction.
 */
export async function importOParl(
  scope: TenantDb,
  reader: OParlReader,
  entryUrl: string,
  options: {
    actor: string;
    bodyId?: string;
    onProgress?: (p: ImportProgress) => void;
    /** Only what changed since then (the start of the last successful run): `modified_since`. */
    modifiedSince?: string;
  },
): Promise<ImportResult> {
  const { tenantId } = scope;
  const zero = (): Counter => ({ created: 0, updated: 0, unchanged: 0, conflict: 0 });
  const counts: ImportCounts = {
    organizations: zero(),
    meetings: zero(),
    agendaItems: zero(),
    papers: zero(),
    consultations: zero(),
    files: zero(),
  };
  const skipped: string[] = [];
  const conflicts: ImportResult["conflicts"] = [];
  const report = (p: Omit<ImportProgress, "counts">) => options.onProgress?.({ ...p, counts });
  const audit = async (tx: Executor, kind: ImportKind, oparlId: string, r: q.Upserted) => {
    counts[kind][r.change] += 1;
    if (r.change === "unchanged" || r.change === "conflict") return;
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      action: `oparl.import.${r.change}`,
      entityType: kind,
      entityId: r.id,
      after: { oparlId },
    });
  };

  report({ phase: "system" });
  const entry = await reader.get(entryUrl);
  let body: Json;
  if (typeIs(entry, "Body")) body = entry;
  else {
    const bodies: Json[] = [];
    await reader.walk(String(entry.body ?? ""), async (data) => {
      bodies.push(...data);
    });
    const chosen = options.bodyId ? bodies.find((b) => b.id === options.bodyId) : bodies[0];
    if (!chosen) throw new Error(`Keine Körperschaft gefunden (${options.bodyId ?? entryUrl})`);
    body = chosen;
  }

  const committees = new Map<string, string | null>();
  const meetings = new Map<string, { id: string; committeeId: string } | null>();

  async function saveOrganization(tx: Executor, o: Json): Promise<string | null> {
    const oparlId = str(o.id);
    if (!oparlId || o.deleted === true || !isCommittee(o)) {
      if (oparlId) committees.set(oparlId, null);
      return null;
    }
    const name = str(o.name) ?? str(o.shortName) ?? oparlId;
    const r = await q.upsertCommittee(tx, {
      tenantId,
      oparlId,
      name,
      shortName: str(o.shortName),
      kind: committeeKindFrom(str(o.classification), str(o.organizationType), name),
    });
    await audit(tx, "organizations", oparlId, r);
    committees.set(oparlId, r.id);
    return r.id;
  }

  /** The committee for an organisation URL: known, already imported, or fetched now. */
  async function committeeFor(url: string): Promise<string | null> {
    if (committees.has(url)) return committees.get(url) ?? null;
    const stored = await scope.transaction((tx) => q.findByOParlId(tx, "committee", tenantId, url));
    if (stored) {
      committees.set(url, stored.id);
      return stored.id;
    }
    try {
      const o = await reader.get(url);
      return await scope.transaction((tx) => saveOrganization(tx, o));
    } catch (error) {
      skipped.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      committees.set(url, null);
      return null;
    }
  }

  async function firstCommittee(urls: string[]): Promise<string | null> {
    for (const url of urls) {
      const id = await committeeFor(url);
      if (id) return id;
    }
    return null;
  }

  async function saveMeeting(m: Json): Promise<void> {
    const oparlId = str(m.id);
    if (!oparlId || m.deleted === true) return;
    const committeeId = await firstCommittee(strings(m.organization));
    const date = str(m.start) ? localDateOf(String(m.start)) : null;
    if (!committeeId || !date) {
      skipped.push(`${oparlId}: ${committeeId ? "ohne Beginn" : "ohne bekanntes Gremium"}`);
      meetings.set(oparlId, null);
      return;
    }
    await scope.transaction(async (tx) => {
      const location = m.location as Json | undefined;
      const r = await q.upsertMeeting(tx, {
        tenantId,
        oparlId,
        committeeId,
        name: str(m.name) ?? oparlId,
        meetingDate: date,
        location: str(location?.description) ?? str(location?.streetAddress),
      });
      await audit(tx, "meetings", oparlId, r);
      meetings.set(oparlId, { id: r.id, committeeId });
      for (const [i, item] of objects(m.agendaItem).entries()) {
        const itemId = str(item.id);
        if (!itemId || item.deleted === true) continue;
        const a = await q.upsertAgendaItem(tx, {
          tenantId,
          oparlId: itemId,
          meetingId: r.id,
          number: str(item.number),
          position: typeof item.order === "number" ? item.order : i + 1,
          title: str(item.name) ?? str(item.number) ?? itemId,
          result: str(item.result),
        });
        await audit(tx, "agendaItems", itemId, a);
      }
    });
  }

  async function meetingFor(url: string) {
    if (meetings.has(url)) return meetings.get(url) ?? null;
    const stored = await scope.transaction((tx) => q.findByOParlId(tx, "meeting", tenantId, url));
    if (stored?.committeeId) {
      const found = { id: stored.id, committeeId: stored.committeeId };
      meetings.set(url, found);
      return found;
    }
    try {
      await saveMeeting(await reader.get(url));
    } catch (error) {
      skipped.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      meetings.set(url, null);
    }
    return meetings.get(url) ?? null;
  }

  async function savePaper(p: Json): Promise<void> {
    const oparlId = str(p.id);
    if (!oparlId || p.deleted === true) return;
    // Resolve what the consultations name before the paper's transaction (may fetch).
    const steps: {
      oparlId: string;
      committeeId: string;
      meetingId: string | null;
      agendaItem: string | null;
      role: ReturnType<typeof consultationRoleFrom>;
    }[] = [];
    for (const c of objects(p.consultation)) {
      const cId = str(c.id);
      if (!cId || c.deleted === true) continue;
      const m = str(c.meeting) ? await meetingFor(String(c.meeting)) : null;
      const committeeId = (await firstCommittee(strings(c.organization))) ?? m?.committeeId ?? null;
      if (!committeeId) {
        skipped.push(`${cId}: ohne bekanntes Gremium`);
        continue;
      }
      steps.push({
        oparlId: cId,
        committeeId,
        meetingId: m && m.committeeId === committeeId ? m.id : null,
        agendaItem: str(c.agendaItem),
        role: consultationRoleFrom(str(c.role), c.authoritative === true),
      });
    }
    const saved = await scope.transaction(async (tx) => {
      const r = await q.upsertPaper(tx, {
        tenantId,
        oparlId,
        kind: paperKindFrom(str(p.paperType)),
        title: str(p.name) ?? str(p.reference) ?? oparlId,
        reference: str(p.reference),
        paperDate: str(p.date)?.slice(0, 10) ?? null,
      });
      await audit(tx, "papers", oparlId, r);
      if (r.change === "conflict") {
        const [local] = await q.paperTitles(tx, tenantId, [r.id]);
        conflicts.push({ paperId: r.id, oparlId, title: local?.title ?? oparlId });
      }
      for (const [i, step] of steps.entries()) {
        const c = await q.upsertConsultation(tx, {
          tenantId,
          oparlId: step.oparlId,
          paperId: r.id,
          committeeId: step.committeeId,
          meetingId: step.meetingId,
          position: i + 1,
          role: step.role,
        });
        await audit(tx, "consultations", step.oparlId, c);
        if (step.agendaItem) await q.linkAgendaItemToPaper(tx, tenantId, step.agendaItem, r.id);
      }
      return r;
    });
    // A paper edited in Kurs keeps its files too; the others get the source's (upload rules).
    if (saved.change === "conflict") return;
    for (const file of filesOfOParlPaper(p)) {
      try {
        const f = await importPaperFile(scope, reader, {
          paperId: saved.id,
          file,
          actor: options.actor,
        });
        if (f.outcome === "skipped") skipped.push(f.reason ?? String(file.id));
        else counts.files[f.outcome] += 1;
      } catch (error) {
        skipped.push(
          `${String(file.id)}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  const walk = async (
    phase: "organizations" | "meetings" | "papers",
    url: unknown,
    each: (o: Json) => Promise<void>,
  ) => {
    if (typeof url !== "string") return;
    await reader.walk(changedSince(url, options.modifiedSince), async (data, page, totalPages) => {
      for (const o of data) await each(o);
      report({ phase, page, totalPages });
    });
  };

  await walk("organizations", body.organization, async (o) => {
    await scope.transaction((tx) => saveOrganization(tx, o));
  });
  await walk("meetings", body.meeting, saveMeeting);
  await walk("papers", body.paper, savePaper);

  await scope.transaction((tx) =>
    recordAudit(tx, {
      tenantId,
      actor: options.actor,
      action: "oparl.import",
      entityType: "oparl_body",
      after: {
        entryUrl,
        body: String(body.id),
        modifiedSince: options.modifiedSince ?? null,
        counts,
        skipped: skipped.length,
        conflicts: conflicts.length,
      },
    }),
  );
  report({ phase: "done" });
  return {
    body: { id: String(body.id), name: str(body.name) ?? String(body.id) },
    counts,
    skipped,
    conflicts,
  };
}
