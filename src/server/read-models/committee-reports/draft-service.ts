import type {
  DraftInput,
  DraftSummary,
  DraftText,
  FinalReport,
} from "../../../contract/committee-reports";
import { DomainError } from "../../../domain/errors";
import type { ReportFormat } from "../../../domain/file-formats";
import { findCommittee } from "../../features/council/read";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { prepareReportDocx, renderReportDocx } from "../../renderers/reports/report-docx";
import { reportHtmlDocument, reportHtmlFragment } from "../../renderers/reports/report-html";
import { renderReportPdf } from "../../renderers/reports/report-pdf";
import type { ReportSnapshot } from "../../renderers/reports/report-snapshot";
import { buildSnapshot } from "./build-snapshot";
import * as q from "./queries";
import { canonicalJson, sha256Hex } from "./snapshot-json";

function presentDraft(row: q.DraftRow): DraftSummary {
  return {
    id: row.id,
    committee: { id: row.committeeId, name: row.committee },
    reportingDutyId: row.reportingDutyId,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    title: row.title,
    introText: row.introText,
    closingText: row.closingText,
    proposedResolution: row.proposedResolution,
    publicSession: row.publicSession,
    finalReportId: row.finalReportId,
    updatedAt: new Date(row.updatedAt).toISOString(),
    meeting:
      row.meetingId && row.meetingDate
        ? { id: row.meetingId, name: row.meetingName ?? "", date: row.meetingDate }
        : null,
    paper:
      row.paperId && row.paperTitle
        ? { id: row.paperId, reference: row.paperReference, title: row.paperTitle }
        : null,
  };
}

async function draftOrThrow(db: Executor, tenantId: string, id: string, lock = false) {
  const [row] = await q.listDrafts(db, tenantId, id, lock);
  if (!row) throw new DomainError("notFound", "reportDraft.notFound");
  return row;
}

const snapshotOfDraft = (db: Executor, tenantId: string, row: q.DraftRow, today: string) =>
  buildSnapshot(db, tenantId, {
    title: row.title,
    committee: { id: row.committeeId, name: row.committee },
    period: { from: row.periodFrom, to: row.periodTo },
    asOf: today,
    publicSession: row.publicSession,
    introText: row.introText,
    closingText: row.closingText,
    proposedResolution: row.proposedResolution,
    meeting:
      row.meetingDate !== null ? { name: row.meetingName ?? "", date: row.meetingDate } : null,
    paper:
      row.paperTitle !== null ? { reference: row.paperReference, title: row.paperTitle } : null,
  });

export async function createDraft(
  scope: TenantDb,
  { actor, requestId, input, today }: Actor & { input: DraftInput; today: string },
) {
  if (input.periodTo < input.periodFrom)
    throw new DomainError("invalid", "reportDraft.periodEndBeforeStart", {}, "periodTo");
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    if (!(await findCommittee(tx, tenantId, input.committeeId)))
      throw new DomainError("invalid", "committee.notFound", {}, "committeeId");
    if (input.reportingDutyId) {
      const duty = (await q.listDuties(tx, tenantId)).find((d) => d.id === input.reportingDutyId);
      if (!duty || duty.committeeId !== input.committeeId)
        throw new DomainError("invalid", "reportingDuty.notFound", {}, "reportingDutyId");
    }
    // The meeting it is presented in: given, or with a duty the committee's next meeting.
    let meetingId = input.meetingId ?? null;
    if (meetingId) {
      const m = await q.findMeeting(tx, tenantId, meetingId);
      if (!m || m.committeeId !== input.committeeId)
        throw new DomainError("invalid", "meeting.notFound", {}, "meetingId");
    } else if (input.reportingDutyId)
      meetingId = await q.nextMeetingOf(tx, tenantId, input.committeeId, today);
    if (input.paperId && !(await q.findPaper(tx, tenantId, input.paperId)))
      throw new DomainError("invalid", "paper.notFound", {}, "paperId");
    const created = await q.insertDraft(tx, {
      tenantId,
      committeeId: input.committeeId,
      reportingDutyId: input.reportingDutyId ?? null,
      meetingId,
      paperId: input.paperId ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      title: input.title,
      createdBy: actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "reportDraft.create",
      entityType: "reportDraft",
      entityId: created.id,
      after: input,
    });
    return presentDraft(await draftOrThrow(tx, tenantId, created.id));
  });
}

export async function listDrafts(scope: TenantDb) {
  return scope.transaction(async (tx) => ({
    items: (await q.listDrafts(tx, scope.tenantId)).map(presentDraft),
  }));
}

/** The draft with its report generated from today's data (nothing generated is stored). */
export async function previewDraft(scope: TenantDb, { id, today }: { id: string; today: string }) {
  return scope.transaction(async (tx) => {
    const row = await draftOrThrow(tx, scope.tenantId, id);
    const snapshot = await snapshotOfDraft(tx, scope.tenantId, row, today);
    const html = reportHtmlFragment(snapshot);
    prepareReportDocx(snapshot);
    return { draft: presentDraft(row), snapshot, html };
  });
}

export async function updateDraftText(
  scope: TenantDb,
  { actor, requestId, id, input }: Actor & { id: string; input: DraftText },
) {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const row = await draftOrThrow(tx, tenantId, id, true);
    if (row.finalReportId) throw new DomainError("conflict", "reportDraft.final");
    await q.updateDraft(tx, tenantId, id, input);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "reportDraft.update",
      entityType: "reportDraft",
      entityId: id,
      before: Object.fromEntries(Object.keys(input).map((k) => [k, row[k as keyof q.DraftRow]])),
      after: input,
    });
    return presentDraft(await draftOrThrow(tx, tenantId, id));
  });
}

function presentReport(
  row: Awaited<ReturnType<typeof q.listReports>>[number],
  all: { id: string; supersedesReportId: string | null }[],
): FinalReport {
  return {
    id: row.id,
    committee: { id: row.committeeId, name: row.committee },
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    title: row.title,
    publicSession: row.publicSession,
    snapshotSha256: row.snapshotSha256,
    supersedesReportId: row.supersedesReportId,
    supersededById: all.find((r) => r.supersedesReportId === row.id)?.id ?? null,
    finalisedAt: new Date(row.finalisedAt).toISOString(),
  };
}

/**
 * Freezes the draft: generates the report from the data of this moment, stores it as one JSON
 * document with its SHA-256 and locks the draft. The stored report is never changed again.
 */
export async function finaliseDraft(
  scope: TenantDb,
  {
    actor,
    requestId,
    id,
    today,
    supersedesReportId,
  }: Actor & {
    id: string;
    today: string;
    supersedesReportId?: string | null;
  },
) {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const row = await draftOrThrow(tx, tenantId, id, true);
    if (row.finalReportId) throw new DomainError("conflict", "reportDraft.final");
    const reports = await q.listReports(tx, tenantId);
    if (supersedesReportId) {
      const old = reports.find((r) => r.id === supersedesReportId);
      if (!old || old.committeeId !== row.committeeId)
        throw new DomainError("invalid", "committeeReport.notFound", {}, "supersedesReportId");
      if (reports.some((r) => r.supersedesReportId === supersedesReportId))
        throw new DomainError(
          "conflict",
          "committeeReport.alreadySuperseded",
          {},
          "supersedesReportId",
        );
    }
    const snapshot: ReportSnapshot = {
      ...(await snapshotOfDraft(tx, tenantId, row, today)),
      status: "final",
    };
    const json = canonicalJson(snapshot);
    const hash = sha256Hex(json);
    const created = await q.insertReport(tx, {
      tenantId,
      committeeId: row.committeeId,
      reportingDutyId: row.reportingDutyId,
      draftId: row.id,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      title: row.title,
      snapshotJson: json,
      snapshotSha256: hash,
      publicSession: row.publicSession,
      supersedesReportId: supersedesReportId ?? null,
      finalisedBy: actor,
    });
    await q.markDraftFinal(tx, tenantId, row.id, created.id);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "committeeReport.finalise",
      entityType: "committeeReport",
      entityId: created.id,
      after: { draftId: row.id, sha256: hash, supersedesReportId: supersedesReportId ?? null },
    });
    const [stored] = (await q.listReports(tx, tenantId)).filter((r) => r.id === created.id);
    if (!stored) throw new Error("final report vanished");
    return presentReport(stored, reports);
  });
}

export async function listReports(scope: TenantDb) {
  return scope.transaction(async (tx) => {
    const rows = await q.listReports(tx, scope.tenantId);
    return { items: rows.map((r) => presentReport(r, rows)) };
  });
}

/** A final report's stored snapshot; its hash is checked on every read. */
async function frozen(db: Executor, tenantId: string, id: string) {
  const row = await q.findReport(db, tenantId, id);
  if (!row) throw new DomainError("notFound", "committeeReport.notFound");
  if (sha256Hex(row.snapshotJson) !== row.snapshotSha256)
    throw new Error(`committee_report ${id}: snapshot does not match its SHA-256`);
  return { row, snapshot: JSON.parse(row.snapshotJson) as ReportSnapshot };
}

export async function getReport(scope: TenantDb, { id }: { id: string }) {
  return scope.transaction(async (tx) => {
    const { row, snapshot } = await frozen(tx, scope.tenantId, id);
    const all = await q.listReports(tx, scope.tenantId);
    return { ...presentReport(row, all), snapshot, html: reportHtmlFragment(snapshot) };
  });
}

/** A report's file in one of the formats (PDF, DOCX, HTML), from its snapshot. */
async function renderReport(snapshot: ReportSnapshot, format: ReportFormat): Promise<Buffer> {
  if (format === "pdf") return renderReportPdf(snapshot);
  if (format === "docx") return renderReportDocx(snapshot);
  return Buffer.from(reportHtmlDocument(snapshot), "utf8");
}

/** The final report's file, rendered from its snapshot alone. */
export async function exportReport(
  scope: TenantDb,
  { id, format }: { id: string; format: ReportFormat },
): Promise<{ snapshot: ReportSnapshot; bytes: Buffer }> {
  const { snapshot } = await scope.transaction((tx) => frozen(tx, scope.tenantId, id));
  return { snapshot, bytes: await renderReport(snapshot, format) };
}

/** A draft's file, generated from today's data (marked "Entwurf"). */
export async function exportDraft(
  scope: TenantDb,
  { id, format, today }: { id: string; format: ReportFormat; today: string },
): Promise<{ snapshot: ReportSnapshot; bytes: Buffer }> {
  const { snapshot } = await previewDraft(scope, { id, today });
  return { snapshot, bytes: await renderReport(snapshot, format) };
}

/**
 * A final report as a paper is drafted from it: the frozen snapshot (hash checked), its committee,
 * and the meeting and paper its draft names.
 */
export async function reportForPaper(db: Executor, tenantId: string, id: string) {
  const { row, snapshot } = await frozen(db, tenantId, id);
  const [draft] = await q.listDrafts(db, tenantId, row.draftId, true);
  return {
    id: row.id,
    title: row.title,
    committeeId: row.committeeId,
    committee: row.committee,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    finalisedAt: row.finalisedAt,
    supersededBy: (await q.listReports(db, tenantId)).find((r) => r.supersedesReportId === id)?.id,
    draftId: row.draftId,
    meetingId: draft?.meetingId ?? null,
    paperId: draft?.paperId ?? null,
    snapshot,
  };
}

/** The paper drafted from a final report becomes the paper its draft names (OParl mainFile). */
export async function attachPaperToReport(
  db: Executor,
  tenantId: string,
  { draftId, paperId }: { draftId: string; paperId: string },
) {
  if (!(await q.linkPaperOfFinalDraft(db, tenantId, draftId, paperId)))
    throw new DomainError("conflict", "paperDraft.reportHasPaper");
}
