import type {
  ConceptPaperDraft,
  FundPaperDraft,
  Paper,
  ReportPaperDraft,
} from "../../../contract/council";
import type { Fund } from "../../../contract/ledger";
import { DomainError } from "../../../domain/errors";
import { isClosedState } from "../../../domain/follow-up";
import { measureStatuses, measureStatusLabels } from "../../../domain/measure-status";
import {
  type ConceptChangeFacts,
  carryOverPaper,
  conceptVersionPaper,
  type FundPaperFacts,
  type PaperText,
  reportPaper,
  widenPurposePaper,
} from "../../../domain/paper-draft";
import { diffVersion, findAdoption, listVersions } from "../../features/concept/read";
import { storeDraftedPaper } from "../../features/council/service";
import { getOutlook } from "../../features/ledger/outlook";
import { actionFieldTitles, getFund, listFundRows } from "../../features/ledger/read";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { FundPurposeSpec, ResolutionEffect } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { attachPaperToReport, reportForPaper } from "../committee-reports/read";

/*
 * Vorlagen aus Daten: Kurs drafts a paper from a fund (widen its purpose, carry its rest over),
 * from a concept draft (its changes against the adopted concept; adopting the paper adopts the
 * draft) and from a finalised Sachstandsbericht (zur Kenntnisnahme). The texts come from
 * domain/paper-draft.ts; council/service.ts `storeDraftedPaper` stores every one of them. This
 * feature composes the council with the ledger, the concept and the committee reports, so it
 * lives outside council/; the routes stay in council/ (app.ts hands these functions in).
 */

const inForce = (p: Fund["purpose"][number], today: string) =>
  p.validFrom <= today && (!p.validTo || p.validTo >= today);

function factsOf(fund: Fund, projectedRestCents: number, today: string): FundPaperFacts {
  return {
    name: fund.name,
    fiscalYear: fund.fiscalYear,
    budgetLine: fund.budgetLine,
    grantedBy: fund.grantedBy,
    grantedCents: fund.grantedCents,
    committedCents: fund.committedCents,
    paidCents: fund.paidCents,
    availableCents: fund.availableCents,
    projectedRestCents,
    purpose: fund.purpose.filter((p) => inForce(p, today)),
    asOf: today,
  };
}

/** The text and the effects of the paper; refused at the field when the data do not allow it. */
async function draftOf(
  tx: Executor,
  tenantId: string,
  fund: Fund,
  facts: FundPaperFacts,
  input: FundPaperDraft,
  today: string,
): Promise<{ text: PaperText; effects: ResolutionEffect[] }> {
  if (input.kind === "carryOver") {
    if (fund.yearClosed || fund.carriedIntoFundId)
      throw new DomainError("invalid", "paperDraft.yearClosed", {}, "kind");
    return { text: carryOverPaper(facts), effects: [] };
  }
  const lineageId = input.actionFieldLineageId;
  if (!lineageId)
    throw new DomainError("invalid", "paperDraft.fieldMissing", {}, "actionFieldLineageId");
  const title = (await actionFieldTitles(tx, tenantId)).get(lineageId);
  if (!title)
    throw new DomainError("invalid", "paperDraft.fieldUnknown", {}, "actionFieldLineageId");
  const current = fund.purpose.filter((p) => inForce(p, today));
  if (current.some((p) => p.kind === "actionField" && p.actionFieldLineageId === lineageId))
    throw new DomainError(
      "invalid",
      "paperDraft.fieldInPurpose",
      { field: title },
      "actionFieldLineageId",
    );
  // Widening keeps what is bound today and adds the whole field.
  const purpose: FundPurposeSpec[] = [
    ...current.map((p) => ({
      kind: p.kind,
      actionFieldLineageId: p.actionFieldLineageId,
      targetId: p.targetId,
      measureTypeId: p.measureTypeId,
      note: p.note,
    })),
    { kind: "actionField", actionFieldLineageId: lineageId },
  ];
  return {
    text: widenPurposePaper(facts, title),
    effects: [{ type: "changeFundPurpose", fundId: fund.id, purpose }],
  };
}

/**
 * Drafts a Vorlage from a fund's data and stores it undecided, with its Beratungsfolge (the
 * committee decides; at its next meeting whose Vorlagenfrist has not passed) and the effects
 * adopting it would apply. The office edits the text on the paper's page.
 */
export async function draftPaperFromFund(
  scope: TenantDb,
  {
    actor,
    requestId,
    fundId,
    input,
    today,
  }: Actor & { fundId: string; input: FundPaperDraft; today: string },
): Promise<Paper> {
  const fund = await getFund(scope, { fundId });
  const outlook = await getOutlook(scope, { fundId });
  const facts = factsOf(fund, Math.max(0, outlook.forecast.projectedRestCents), today);
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const { text, effects } = await draftOf(tx, tenantId, fund, facts, input, today);
    const [row] = await listFundRows(tx, tenantId, fundId);
    return storeDraftedPaper(
      tx,
      tenantId,
      { actor, requestId, today },
      {
        text,
        effects,
        paperKind: "decision",
        role: "decision",
        committeeId: input.committeeId ?? row?.grantedByCommitteeId ?? null,
        meetingId: input.meetingId ?? null,
        source: { kind: input.kind, fundId },
      },
    );
  });
}
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
