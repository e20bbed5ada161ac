import type { ConceptPaperDraft, Paper, ReportPaperDraft } from "../../contract/council";
import { DomainError } from "../../domain/errors";
import { isClosedState } from "../../domain/follow-up";
import { measureStatuses, measureStatusLabels } from "../../domain/measure-status";
import {
  type ConceptChangeFacts,
  conceptVersionPaper,
  reportPaper,
} from "../../domain/paper-draft";
import type { Actor } from "../auth/actor";
import { attachPaperToReport, reportForPaper } from "../committee-reports/read";
import { diffVersion, findAdoption, listVersions } from "../concept/read";
import type { TenantDb } from "../db/tenant-scope";
import { storeDraftedPaper } from "./paper-drafts";

/**
 * Vorlagen drafted from data beyond a fund (issue 24): from a concept draft (its changes against
 * the adopted concept; adopting the paper adopts the draft) and from a finalised Sachstandsbericht
 * (zur Kenntnisnahme). The text comes from domain/paper-draft.ts; storing is the fund's step.
 */

/** A concept draft as a Beschlussvorlage: „adopt the concept version“, with its changes. */
export async function draftPaperFromConceptVersion(
  scope: TenantDb,
  {
    actor,
    requestId,
    versionId,
    input,
    today,
  }: Actor & { versionId: string; input: ConceptPaperDraft; today: string },
): Promise<Paper> {
  const { tenantId } = scope;
  const versions = await scope.transaction((tx) => listVersions(tx, tenantId));
  const version = versions.find((v) => v.id === versionId);
  if (!version) throw new DomainError("notFound", "conceptVersion.notFound");
  if (version.status !== "draft") throw new DomainError("conflict", "paperDraft.versionNotDraft");
  const adopted = versions.filter((v) => v.status === "adopted").at(-1) ?? null;
  const diff = await diffVersion(scope, {
    versionId,
    includeDrafts: true,
    againstVersionId: adopted?.id,
  });
  const title = (lineage: string | null) => (lineage ? (diff.parentTitles[lineage] ?? null) : null);
  const changes: ConceptChangeFacts[] = diff.changes.map((c) => ({
    type: c.type,
    kind: c.kind,
    title: c.title,
    previousTitle: c.type === "renamed" ? c.previousTitle : undefined,
    parentTitle: "parentLineageId" in c ? title(c.parentLineageId) : null,
    previousParentTitle: c.type === "moved" ? title(c.previousParentLineageId) : null,
    relinkedToTitle: c.type === "removed" ? title(c.relinkedToLineageId) : null,
  }));
  return scope.transaction(async (tx) => {
    const adoption = adopted?.adoptingResolutionId
      ? await findAdoption(tx, tenantId, adopted.adoptingResolutionId)
      : null;
    const text = conceptVersionPaper({
      draft: { number: version.number, title: version.title },
      adopted: adopted
        ? { number: adopted.number, title: adopted.title, adoptedOn: adopted.adoptedOn }
        : null,
      changes,
    });
    return storeDraftedPaper(
      tx,
      tenantId,
      { actor, requestId, today },
      {
        text,
        effects: [{ type: "adoptConceptVersion", conceptVersionId: versionId }],
        paperKind: "decision",
        role: "decision",
        // The committee that adopted the concept in force decides its update, unless chosen.
        committeeId: input.committeeId ?? adoption?.committeeId ?? null,
        meetingId: input.meetingId ?? null,
        source: { kind: "conceptDraft", conceptVersionId: versionId },
      },
    );
  });
}

/** A final report as a Mitteilungsvorlage zur Kenntnisnahme in its committee. */
export async function draftPaperFromReport(
  scope: TenantDb,
  {
    actor,
    requestId,
    reportId,
    input,
    today,
  }: Actor & { reportId: string; input: ReportPaperDraft; today: string },
): Promise<Paper> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const report = await reportForPaper(tx, tenantId, reportId);
    if (report.supersededBy) throw new DomainError("conflict", "paperDraft.reportSuperseded");
    if (report.paperId) throw new DomainError("conflict", "paperDraft.reportHasPaper");
    const s = report.snapshot;
    const byStatus = measureStatuses.map((status) => ({
      label: measureStatusLabels[status],
      count: s.measureStates.filter((m) => m.status === status).length,
    }));
    const funds = s.money.funds;
    const text = reportPaper({
      title: report.title,
      committee: report.committee,
      periodFrom: report.periodFrom,
      periodTo: report.periodTo,
      finalisedOn: new Date(report.finalisedAt).toISOString().slice(0, 10),
      measures: { total: s.measureStates.length, byStatus },
      money: funds.length
        ? {
            grantedCents: funds.reduce((sum, f) => sum + f.grantedCents, 0),
            boundCents: funds.reduce((sum, f) => sum + f.boundCents, 0),
            paidCents: funds.reduce((sum, f) => sum + f.paidCents, 0),
          }
        : null,
      openFollowUps: (s.followUps ?? []).filter((f) => !isClosedState(f.state)).length,
    });
    const paper = await storeDraftedPaper(
      tx,
      tenantId,
      { actor, requestId, today },
      {
        text,
        effects: [],
        paperKind: "information",
        role: "noting",
        // Presented where its draft says; the report's committee in any case.
        committeeId: report.committeeId,
        meetingId: input.meetingId ?? report.meetingId,
        source: { kind: "report", reportId },
      },
    );
    await attachPaperToReport(tx, tenantId, { draftId: report.draftId, paperId: paper.id });
    return paper;
  });
}
