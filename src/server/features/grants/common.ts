import type { Application } from "../../../contract/grants";
import { DomainError, type FieldIssue } from "../../../domain/errors";
import { compareCosts, computeReclaim, eligibleCosts } from "../../../domain/grant-money";
import {
  type ApplicationState,
  type CostLine,
  type GrantProblem,
  isGranted,
  totalCostCents,
} from "../../../domain/grants";
import { formatEuro } from "../../../domain/money";
import { listedAttachment } from "../../../domain/paper-files";
import { proofOverdue } from "../../../domain/proof-of-use";
import { addMonths } from "../../../domain/reporting-schedule";
import type { Viewer } from "../../platform/auth/actor";
import { may } from "../../platform/auth/permissions";
import type { Executor, Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { stateNames } from "../../platform/http/messages-grants";
import { listFiles } from "./application-file-queries";
import * as q from "./queries";

/** The office decides on grants: whoever the permission table lets decide (`grants.decide`). */
export const isOffice = (viewer: Viewer) => may(viewer.role, "grants.decide");

/** A service's scope that joins the transaction already open (its `transaction` runs inside it). */
export const inTransaction = (tx: Tx, tenantId: string): TenantDb => ({
  tenantId,
  transaction: (work) => work(tx),
});

/** Adds the euro text of every `…Cents` param (restCents → rest: "3.000,00 €"). */
function withEuro(params: Record<string, string | number> = {}) {
  const out: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params))
    if (key.endsWith("Cents") && typeof value === "number")
      out[key.slice(0, -"Cents".length)] = formatEuro(value);
  return out;
}

/** Refuses the request with every problem at its field (422); nothing is written. */
export function refuseIfAny(problems: readonly GrantProblem[]): void {
  if (problems.length === 0) return;
  const issues: FieldIssue[] = problems.map((p) => ({
    path: p.path,
    code: p.code,
    params: withEuro(p.params),
  }));
  const first = issues[0] as FieldIssue;
  throw new DomainError("invalid", first.code, first.params, first.path, undefined, issues);
}

export function stateChangeRefused(from: ApplicationState, to: ApplicationState): DomainError {
  return new DomainError("conflict", "grant.stateChange", {
    from: stateNames.de[from],
    to: stateNames.de[to],
  });
}

/**
 * The application if the viewer may see it: the office and the committee see every one; a
 * partner only its own organisation's (another's is "not found", so ids reveal nothing).
 */
export async function visibleApplication(
  db: Executor,
  tenantId: string,
  id: string,
  viewer: Viewer,
  lock = false,
): Promise<q.ApplicationJoined> {
  const found = await q.findApplication(db, tenantId, id, lock);
  if (!found) throw new DomainError("notFound", "grant.applicationNotFound");
  if (viewer.role === "partner" && found.application.partnerId !== viewer.partnerId)
    throw new DomainError("notFound", "grant.applicationNotFound");
  if (viewer.role === "public") throw new DomainError("notFound", "grant.applicationNotFound");
  return found;
}

export const paidOf = (requests: q.PaymentRequestRow[]) =>
  requests.filter((r) => r.state === "approved").reduce((sum, r) => sum + r.amountCents, 0);

export function proofDueOn(row: q.ApplicationJoined): string | null {
  if (!isGranted(row.application.state)) return null;
  return addMonths(row.application.periodTo, row.proofDueMonths);
}

/**
 * Granted applications whose proof of use (Verwendungsnachweis) has not been submitted, with its
 * due day: one organisation's, or all (`partnerId` null). „Meine Aufgaben“ and the calendar.
 */
export async function openProofsOfUse(db: Executor, tenantId: string, partnerId: string | null) {
  const rows = await q.listApplications(db, tenantId, { partnerId });
  const submitted = new Set(
    (
      await q.listProofs(
        db,
        tenantId,
        rows.map((r) => r.application.id),
      )
    ).map((p) => p.applicationId),
  );
  return rows.flatMap((row) => {
    const dueOn = proofDueOn(row);
    return dueOn && !submitted.has(row.application.id) ? [{ row, dueOn }] : [];
  });
}

/** A proof of use is overdue from the day after its due day: one rule (domain/proof-of-use.ts). */
export { proofOverdue };

/** Every county-wide proof of use that is overdue today, the longest overdue first. */
export async function overdueProofsOfUse(db: Executor, tenantId: string, today: string) {
  return (await openProofsOfUse(db, tenantId, null))
    .filter((p) => proofOverdue(p.dueOn, today))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The whole application as the API shows it. */
export async function presentApplication(
  db: Executor,
  tenantId: string,
  row: q.ApplicationJoined,
): Promise<Application> {
  const a = row.application;
  const events = await q.listEvents(db, tenantId, a.id);
  const requests = await q.listPaymentRequests(db, tenantId, [a.id]);
  const [proof] = await q.listProofs(db, tenantId, [a.id]);
  const paidCents = paidOf(requests);
  const total = totalCostCents(a.costPlan);
  return {
    id: a.id,
    programmeId: a.programmeId,
    programmeTitle: row.programmeTitle,
    fundId: row.fundId,
    financingType: row.financingType,
    partnerId: a.partnerId,
    partnerName: row.partnerName,
    measureId: a.measureId,
    proposedMeasure: a.proposedMeasure ?? null,
    title: a.title,
    description: a.description,
    costPlan: a.costPlan,
    totalCostCents: total,
    financing: {
      ownCents: a.ownCents,
      thirdPartyCents: a.thirdPartyCents,
      requestedCents: a.requestedCents,
    },
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    state: a.state,
    grantedCents: a.grantedCents,
    // Net of what came back after a confirmed proof of use (as on the fund).
    paidCents: paidCents - (proof?.state === "confirmed" ? (proof.reclaimCents ?? 0) : 0),
    commitmentId: a.commitmentId,
    noticeReference: a.noticeReference,
    decidedOn: a.decidedOn,
    proofDueOn: proof ? null : proofDueOn(row),
    events: events.map((e) => ({
      fromState: e.fromState,
      toState: e.toState,
      on: e.changedOn,
      reason: e.reason,
    })),
    paymentRequests: requests.map((r) => ({
      id: r.id,
      amountCents: r.amountCents,
      requestedOn: r.requestedOn,
      neededBy: r.neededBy,
      state: r.state,
      decidedOn: r.decidedOn,
      reason: r.reason,
      bookingId: r.bookingId,
    })),
    proof: proof ? presentProof(row, proof, paidCents) : null,
    files: (await listFiles(db, tenantId, a.id)).map(listedAttachment),
  };
}

function presentProof(row: q.ApplicationJoined, proof: q.ProofRow, paidCents: number) {
  const a = row.application;
  const computed = computeReclaim({
    financingType: row.financingType,
    grantedCents: a.grantedCents ?? 0,
    plannedCosts: a.costPlan,
    plannedThirdPartyCents: a.thirdPartyCents,
    overspendAllowancePercent: row.overspendAllowancePercent,
    paidCents,
    actualCosts: proof.actualCosts,
    actualThirdPartyCents: proof.actualThirdPartyCents,
  });
  const confirmed = proof.state === "confirmed";
  return {
    id: proof.id,
    report: proof.report,
    actualCosts: proof.actualCosts,
    actualThirdPartyCents: proof.actualThirdPartyCents,
    submittedOn: proof.submittedOn,
    state: proof.state,
    // Once confirmed, the figures booked; before, what confirming would book.
    entitledCents: confirmed ? (proof.entitledCents ?? 0) : computed.entitledCents,
    reclaimCents: confirmed ? (proof.reclaimCents ?? 0) : computed.reclaimCents,
    releaseCents: confirmed ? (proof.releaseCents ?? 0) : computed.releaseCents,
    stillOwedCents: computed.stillOwedCents,
    confirmedOn: proof.confirmedOn,
    comparison: comparison(a.costPlan, proof.actualCosts, row.overspendAllowancePercent),
  };
}

/** Planned against actual per cost kind, with what counts of each (ANBest-P Nr. 1.2). */
export function comparison(
  planned: readonly CostLine[],
  actual: readonly CostLine[],
  allowancePercent: number,
) {
  const eligible = eligibleCosts(planned, actual, allowancePercent);
  return compareCosts(planned, actual).map((line, i) => ({
    ...line,
    capCents: eligible[i]?.capCents ?? line.plannedCents,
    eligibleCents: eligible[i]?.eligibleCents ?? line.actualCents,
  }));
}
