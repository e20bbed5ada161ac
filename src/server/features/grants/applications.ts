import type { Application, ApplicationInput, ApplicationList } from "../../../contract/grants";
import { DomainError } from "../../../domain/errors";
import {
  type ApplicationState,
  checkDeadline,
  checkDecision,
  checkPeriod,
  checkPlans,
  editableStates,
  mayChangeState,
  type ProgrammeRules,
  totalCostCents,
} from "../../../domain/grants";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor, Viewer } from "../../platform/auth/actor";
import type { Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { bookInTransaction } from "../ledger/service";
import { partnerExists } from "../partners/read";
import {
  isOffice,
  paidOf,
  presentApplication,
  proofDueOn,
  refuseIfAny,
  stateChangeRefused,
  visibleApplication,
} from "./common";
import { createProposedMeasure, proposedMeasureProblems } from "./proposed-measure";
import * as q from "./queries";

export function rulesOf(p: q.ProgrammeRow): ProgrammeRules {
  return {
    financingType: p.financingType,
    maxShareBasisPoints: p.maxShareBasisPoints,
    eligibleCostKinds: p.eligibleCostKinds as ProgrammeRules["eligibleCostKinds"],
    deadline: p.deadline,
  };
}

async function programmeOf(tx: Tx, tenantId: string, id: string) {
  const found = await q.findProgramme(tx, tenantId, id);
  if (!found) throw new DomainError("invalid", "grant.programmeNotFound", {}, "programmeId");
  return found.programme;
}

/** Checks the input (plans, period, partner, measure); every problem at its field. */
async function checkInput(tx: Tx, tenantId: string, input: ApplicationInput, viewer: Viewer) {
  const programme = await programmeOf(tx, tenantId, input.programmeId);
  const problems = [
    ...checkPlans({
      costPlan: input.costPlan,
      financing: input.financing,
      rules: rulesOf(programme),
    }),
    ...checkPeriod({ from: input.periodFrom, to: input.periodTo }),
  ];
  let partnerId = input.partnerId ?? null;
  if (viewer.role === "partner") {
    if (partnerId && partnerId !== viewer.partnerId)
      problems.push({ path: "partnerId", code: "grant.partnerUnknown" });
    partnerId = viewer.partnerId;
  }
  if (!partnerId) problems.push({ path: "partnerId", code: "grant.partnerRequired" });
  else if (!(await partnerExists(tx, tenantId, partnerId)))
    problems.push({ path: "partnerId", code: "grant.partnerUnknown" });
  if (input.measureId && !(await q.measureExists(tx, tenantId, input.measureId)))
    problems.push({ path: "measureId", code: "grant.measureUnknown" });
  problems.push(...(await proposedMeasureProblems(tx, tenantId, input)));
  refuseIfAny(problems);
  return { programme, partnerId: partnerId as string };
}

function planValues(input: ApplicationInput) {
  return {
    programmeId: input.programmeId,
    measureId: input.measureId ?? null,
    proposedMeasure: input.proposedMeasure ?? null,
    title: input.title,
    description: input.description ?? null,
    costPlan: input.costPlan,
    ownCents: input.financing.ownCents,
    thirdPartyCents: input.financing.thirdPartyCents,
    requestedCents: input.financing.requestedCents,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
  };
}

export async function listApplications(
  scope: TenantDb,
  options: { viewer: Viewer; programmeId?: string; fundId?: string; partnerId?: string },
): Promise<ApplicationList> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const { viewer } = options;
    if (viewer.role === "partner" && !viewer.partnerId) return { items: [] };
    // A partner account sees its own organisation's applications, whichever it asks for.
    if (viewer.role === "partner" && options.partnerId && options.partnerId !== viewer.partnerId)
      return { items: [] };
    const rows = await q.listApplications(tx, tenantId, {
      partnerId: viewer.role === "partner" ? viewer.partnerId : (options.partnerId ?? null),
      programmeId: options.programmeId,
      fundId: options.fundId,
    });
    const requests = await q.listPaymentRequests(
      tx,
      tenantId,
      rows.map((r) => r.application.id),
    );
    const proofs = await q.listProofs(
      tx,
      tenantId,
      rows.map((r) => r.application.id),
    );
    return {
      items: rows.map((row) => {
        const a = row.application;
        return {
          id: a.id,
          programmeId: a.programmeId,
          programmeTitle: row.programmeTitle,
          partnerId: a.partnerId,
          partnerName: row.partnerName,
          title: a.title,
          state: a.state,
          totalCostCents: totalCostCents(a.costPlan),
          requestedCents: a.requestedCents,
          grantedCents: a.grantedCents,
          paidCents:
            paidOf(requests.filter((r) => r.applicationId === a.id)) -
            (proofs.find((p) => p.applicationId === a.id && p.state === "confirmed")
              ?.reclaimCents ?? 0),
          periodFrom: a.periodFrom,
          periodTo: a.periodTo,
          proofDueOn: proofs.some((p) => p.applicationId === a.id) ? null : proofDueOn(row),
        };
      }),
    };
  });
}

export async function getApplication(
  scope: TenantDb,
  options: { id: string; viewer: Viewer },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const row = await visibleApplication(tx, scope.tenantId, options.id, options.viewer);
    return presentApplication(tx, scope.tenantId, row);
  });
}

export async function createApplication(
  scope: TenantDb,
  options: Actor & { viewer: Viewer; input: ApplicationInput; today: string },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const { partnerId } = await checkInput(tx, tenantId, options.input, options.viewer);
    const created = await q.insertApplication(tx, {
      tenantId,
      ...planValues(options.input),
      partnerId,
      state: "draft",
      createdBy: options.actor,
    });
    await q.insertEvent(tx, {
      tenantId,
      applicationId: created.id,
      fromState: null,
      toState: "draft",
      changedOn: options.today,
      reason: null,
      actor: options.actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantApplication.create",
      entityType: "grantApplication",
      entityId: created.id,
      after: created,
    });
    const row = await visibleApplication(tx, tenantId, created.id, options.viewer);
    return presentApplication(tx, tenantId, row);
  });
}

export async function updateApplication(
  scope: TenantDb,
  options: Actor & { id: string; viewer: Viewer; input: ApplicationInput },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const before = await visibleApplication(tx, tenantId, options.id, options.viewer, true);
    if (!editableStates.includes(before.application.state))
      throw new DomainError("conflict", "grant.notEditable");
    const { partnerId } = await checkInput(tx, tenantId, options.input, {
      ...options.viewer,
      // The office may move an application to another provider; a partner keeps its own.
      partnerId: options.viewer.role === "partner" ? before.application.partnerId : null,
    });
    await q.updateApplication(tx, tenantId, options.id, {
      ...planValues(options.input),
      partnerId,
    });
    const row = await visibleApplication(tx, tenantId, options.id, options.viewer);
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantApplication.update",
      entityType: "grantApplication",
      entityId: options.id,
      before: before.application,
      after: row.application,
    });
    return presentApplication(tx, tenantId, row);
  });
}

type Step = "submitted" | "withdrawn" | "underReview" | "refused";

/**
 * A change of state without money: submit and withdraw (provider or office), start the review
 * and refuse (office). Dated, reasoned, audited.
 */
export async function changeState(
  scope: TenantDb,
  options: Actor & { id: string; viewer: Viewer; to: Step; reason: string | null; today: string },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const row = await visibleApplication(tx, tenantId, options.id, options.viewer, true);
    const from = row.application.state;
    const officeOnly = options.to === "underReview" || options.to === "refused";
    if (officeOnly && !isOffice(options.viewer))
      throw new DomainError("forbidden", "problem.forbidden");
    if (!mayChangeState(from, options.to)) throw stateChangeRefused(from, options.to);
    if (options.to === "submitted") {
      const programme = await programmeOf(tx, tenantId, row.application.programmeId);
      refuseIfAny(checkDeadline(rulesOf(programme), options.today));
    }
    const decided = options.to === "refused" ? { decidedOn: options.today } : {};
    await recordChange(tx, tenantId, options, row, options.to, decided);
    return presentApplication(
      tx,
      tenantId,
      await visibleApplication(tx, tenantId, options.id, options.viewer),
    );
  });
}

async function recordChange(
  tx: Tx,
  tenantId: string,
  options: Actor & { reason: string | null; today: string },
  row: q.ApplicationJoined,
  to: ApplicationState,
  values: Parameters<typeof q.updateApplication>[3],
) {
  const from = row.application.state;
  await q.updateApplication(tx, tenantId, row.application.id, { ...values, state: to });
  await q.insertEvent(tx, {
    tenantId,
    applicationId: row.application.id,
    fromState: from,
    toState: to,
    changedOn: options.today,
    reason: options.reason,
    actor: options.actor,
  });
  await recordAudit(tx, {
    tenantId,
    actor: options.actor,
    requestId: options.requestId,
    action: "grantApplication.state",
    entityType: "grantApplication",
    entityId: row.application.id,
    before: { state: from },
    after: { state: to, reason: options.reason, ...values },
  });
}

/**
 * A ledger refusal names the booking's field; the grant form names its own (the amount), and the
 * booking's date (today, outside the fund's year) is no field of the form: the message stands alone.
 */
function asGrantField(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.path) return error;
  const path =
    error.path === "amountCents" ? "grantedCents" : error.path === "date" ? undefined : error.path;
  return new DomainError(error.kind, error.code, error.params, path);
}

/**
 * Grants the application in full or in part: books the commitment on the programme's fund for
 * the measure through the ledger's one booking path (purpose and money checked there, the
 * notice's reference as the document reference), in the same transaction as the state change.
 */
export async function grantApplication(
  scope: TenantDb,
  options: Actor & {
    id: string;
    viewer: Viewer;
    today: string;
    input: {
      grantedCents: number;
      measureId?: string | null;
      noticeReference: string;
      reason?: string | null;
    };
  },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const { input } = options;
    const row = await visibleApplication(tx, tenantId, options.id, options.viewer, true);
    const a = row.application;
    const decision = checkDecision({
      requestedCents: a.requestedCents,
      grantedCents: input.grantedCents,
    });
    if (!mayChangeState(a.state, decision.state)) throw stateChangeRefused(a.state, decision.state);
    let measureId = input.measureId ?? a.measureId;
    const problems = [...decision.problems];
    // Without a measure named, the one the application proposes is created below.
    const proposed = measureId ? null : a.proposedMeasure;
    if (!measureId) {
      if (!proposed) problems.push({ path: "measureId", code: "grant.measureRequired" });
    } else if (!(await q.measureExists(tx, tenantId, measureId)))
      problems.push({ path: "measureId", code: "grant.measureUnknown" });
    if (await q.noticeReferenceTaken(tx, tenantId, input.noticeReference))
      problems.push({ path: "noticeReference", code: "grant.noticeReferenceTaken" });
    refuseIfAny(problems);
    if (proposed)
      measureId = await createProposedMeasure(tx, tenantId, {
        ...options,
        proposed,
        partnerId: a.partnerId,
      });
    const commitment = await bookInTransaction(tx, tenantId, {
      actor: options.actor,
      requestId: options.requestId,
      fundId: row.fundId,
      idempotencyKey: `grant:${a.id}:commitment`,
      input: {
        kind: "commitment",
        measureId: measureId as string,
        amountCents: input.grantedCents,
        date: options.today,
        documentReference: input.noticeReference,
        note: `Zuwendung: ${a.title}`,
      },
    }).catch((error) => {
      throw asGrantField(error);
    });
    await recordChange(
      tx,
      tenantId,
      { ...options, reason: input.reason ?? null },
      row,
      decision.state,
      {
        grantedCents: input.grantedCents,
        measureId,
        commitmentId: commitment.id,
        noticeReference: input.noticeReference,
        decidedOn: options.today,
      },
    );
    return presentApplication(
      tx,
      tenantId,
      await visibleApplication(tx, tenantId, a.id, options.viewer),
    );
  });
}
