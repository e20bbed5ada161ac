import type { FundPaperDraft, Paper } from "../../contract/council";
import type { Fund } from "../../contract/ledger";
import type { ConsultationRole, PaperKind } from "../../domain/council-vocabulary";
import { nextDecisionDeadline } from "../../domain/decision-deadline";
import { DomainError } from "../../domain/errors";
import { paperDeadlineDaysFor } from "../../domain/paper-deadline";
import {
  carryOverPaper,
  type FundPaperFacts,
  type PaperText,
  widenPurposePaper,
} from "../../domain/paper-draft";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import type { Executor } from "../db/database";
import type { FundPurposeSpec, ResolutionEffect } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import { countyPaperDeadlineDays } from "../deadlines/read";
import { getOutlook } from "../ledger/outlook";
import { actionFieldTitles, getFund, listFundRows } from "../ledger/read";
import * as q from "./queries";
import { readPaper } from "./service";

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

/** Where and how a drafted paper is stored: its Beratungsfolge of one committee. */
export interface DraftedPaper {
  text: PaperText;
  effects: ResolutionEffect[];
  paperKind: PaperKind;
  role: ConsultationRole;
  committeeId: string | null;
  meetingId: string | null;
  /** What the audit says it was drafted from. */
  source: Record<string, unknown>;
}

/**
 * Stores a drafted paper undecided with its Beratungsfolge: the committee, at the meeting given or
 * its next meeting whose Vorlagenfrist has not passed. One step for every source (fund, concept
 * draft, report); the office edits the text on the paper's page.
 */
export async function storeDraftedPaper(
  tx: Executor,
  tenantId: string,
  { actor, requestId, today }: Actor & { today: string },
  d: DraftedPaper,
): Promise<Paper> {
  const committeeId = d.committeeId;
  if (!committeeId || !(await q.findCommittee(tx, tenantId, committeeId)))
    throw new DomainError("invalid", "paperDraft.committeeMissing", {}, "committeeId");
  let meetingId = d.meetingId;
  if (meetingId) {
    const m = await q.findMeeting(tx, tenantId, meetingId);
    if (!m || m.committeeId !== committeeId)
      throw new DomainError("invalid", "consultation.meetingOfOtherCommittee", {}, "meetingId");
  } else {
    const meetings = (await q.listMeetings(tx, tenantId)).filter(
      (m) => m.committeeId === committeeId,
    );
    const days = paperDeadlineDaysFor(await countyPaperDeadlineDays(tx, tenantId));
    meetingId = nextDecisionDeadline(meetings, days, today, "9999-12-31")?.meetingId ?? null;
  }
  const created = await q.insertPaper(tx, {
    tenantId,
    kind: d.paperKind,
    ...d.text,
    paperDate: today,
    proposedEffects: d.effects,
  });
  await q.insertConsultation(tx, {
    tenantId,
    paperId: created.id,
    position: 1,
    committeeId,
    meetingId,
    role: d.role,
  });
  await recordAudit(tx, {
    tenantId,
    actor,
    requestId,
    action: "paper.draftFromData",
    entityType: "paper",
    entityId: created.id,
    after: { ...d.source, committeeId, meetingId, proposedEffects: d.effects },
  });
  return readPaper(tx, tenantId, created.id);
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
