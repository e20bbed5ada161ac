/**
 * The money of a granted application: payment requests (Mittelabruf) and the proof of use
 * (Verwendungsnachweis). Every booking goes through the ledger's one path (ledger/service.ts
 * `bookInTransaction`), in the transaction of the grant's own change, with a key of its own so a
 * retry never books twice.
 */
import type { Application } from "../../../contract/grants";
import { DomainError } from "../../../domain/errors";
import {
  checkPaymentRequest,
  checkProofFigures,
  computeReclaim,
} from "../../../domain/grant-money";
import { type CostLine, isGranted } from "../../../domain/grants";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor, Viewer } from "../../platform/auth/actor";
import type { Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { bookInTransaction } from "../ledger/service";
import { isOffice, paidOf, presentApplication, refuseIfAny, visibleApplication } from "./common";
import * as q from "./queries";

async function grantedApplication(tx: Tx, tenantId: string, id: string, viewer: Viewer) {
  const row = await visibleApplication(tx, tenantId, id, viewer, true);
  if (!isGranted(row.application.state) || !row.application.commitmentId)
    throw new DomainError("conflict", "grant.notGranted");
  return row;
}

async function present(tx: Tx, tenantId: string, id: string, viewer: Viewer) {
  return presentApplication(tx, tenantId, await visibleApplication(tx, tenantId, id, viewer));
}

export async function requestPayment(
  scope: TenantDb,
  options: Actor & {
    id: string;
    viewer: Viewer;
    today: string;
    input: { amountCents: number; neededBy: string };
  },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const row = await grantedApplication(tx, tenantId, options.id, options.viewer);
    const a = row.application;
    const requests = await q.listPaymentRequests(tx, tenantId, [a.id]);
    const requestedBefore = requests
      .filter((r) => r.state !== "refused")
      .reduce((sum, r) => sum + r.amountCents, 0);
    refuseIfAny(
      checkPaymentRequest({
        grantedCents: a.grantedCents ?? 0,
        requestedBeforeCents: requestedBefore,
        amountCents: options.input.amountCents,
        today: options.today,
        neededBy: options.input.neededBy,
        period: { from: a.periodFrom, to: a.periodTo },
        neededWithinMonths: row.paymentWithinMonths,
      }),
    );
    const created = await q.insertPaymentRequest(tx, {
      tenantId,
      applicationId: a.id,
      amountCents: options.input.amountCents,
      neededBy: options.input.neededBy,
      requestedOn: options.today,
      state: "requested",
      createdBy: options.actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantPaymentRequest.create",
      entityType: "grantPaymentRequest",
      entityId: created.id,
      after: created,
    });
    return present(tx, tenantId, a.id, options.viewer);
  });
}

/** The office decides a payment request: approving books the payment against the commitment. */
export async function decidePayment(
  scope: TenantDb,
  options: Actor & {
    id: string;
    viewer: Viewer;
    today: string;
    approve: boolean;
    reason: string | null;
  },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const request = await q.findPaymentRequest(tx, tenantId, options.id);
    if (!request) throw new DomainError("notFound", "grant.paymentRequestNotFound");
    const row = await grantedApplication(tx, tenantId, request.applicationId, options.viewer);
    if (request.state !== "requested") throw new DomainError("conflict", "grant.paymentDecided");
    let bookingId: string | null = null;
    if (options.approve) {
      const payment = await bookInTransaction(tx, tenantId, {
        actor: options.actor,
        requestId: options.requestId,
        fundId: row.fundId,
        idempotencyKey: `grant:payment:${request.id}`,
        input: {
          kind: "payment",
          commitmentId: row.application.commitmentId as string,
          amountCents: request.amountCents,
          date: options.today,
          documentReference: row.application.noticeReference,
          note: `Mittelabruf: ${row.application.title}`,
        },
      });
      bookingId = payment.id;
    }
    const values = {
      state: options.approve ? ("approved" as const) : ("refused" as const),
      decidedOn: options.today,
      reason: options.reason,
      bookingId,
    };
    await q.updatePaymentRequest(tx, tenantId, request.id, values);
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: options.approve ? "grantPaymentRequest.approve" : "grantPaymentRequest.refuse",
      entityType: "grantPaymentRequest",
      entityId: request.id,
      before: { state: request.state },
      after: values,
    });
    return present(tx, tenantId, request.applicationId, options.viewer);
  });
}

export async function submitProof(
  scope: TenantDb,
  options: Actor & {
    id: string;
    viewer: Viewer;
    today: string;
    input: { report: string; actualCosts: CostLine[]; actualThirdPartyCents: number };
  },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const row = await grantedApplication(tx, tenantId, options.id, options.viewer);
    const a = row.application;
    const [existing] = await q.listProofs(tx, tenantId, [a.id]);
    if (existing) throw new DomainError("conflict", "grant.proofExists");
    refuseIfAny(
      checkProofFigures(
        options.input,
        a.costPlan.map((l) => l.costKind),
      ),
    );
    const created = await q.insertProof(tx, {
      tenantId,
      applicationId: a.id,
      report: options.input.report,
      actualCosts: options.input.actualCosts,
      actualThirdPartyCents: options.input.actualThirdPartyCents,
      submittedOn: options.today,
      state: "submitted",
      createdBy: options.actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantProof.submit",
      entityType: "grantProofOfUse",
      entityId: created.id,
      after: created,
    });
    return present(tx, tenantId, a.id, options.viewer);
  });
}

/**
 * The office confirms the proof of use: the reclaim is computed by financing type
 * (domain/grant-money.ts); the payments paid beyond the entitlement are reversed (the newest
 * first, the part still due paid again), and the commitment's rest that is no longer needed is
 * released — all through the booking path.
 */
export async function confirmProof(
  scope: TenantDb,
  options: Actor & { id: string; viewer: Viewer; today: string },
): Promise<Application> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    if (!isOffice(options.viewer)) throw new DomainError("forbidden", "problem.forbidden");
    const row = await grantedApplication(tx, tenantId, options.id, options.viewer);
    const a = row.application;
    const commitmentId = a.commitmentId as string;
    const [proof] = await q.listProofs(tx, tenantId, [a.id]);
    if (!proof) throw new DomainError("conflict", "grant.proofMissing");
    if (proof.state === "confirmed") throw new DomainError("conflict", "grant.proofConfirmed");
    const requests = await q.listPaymentRequests(tx, tenantId, [a.id]);
    if (requests.some((r) => r.state === "requested"))
      throw new DomainError("conflict", "grant.paymentsOpen");
    const result = computeReclaim({
      financingType: row.financingType,
      grantedCents: a.grantedCents ?? 0,
      plannedCosts: a.costPlan,
      plannedThirdPartyCents: a.thirdPartyCents,
      overspendAllowancePercent: row.overspendAllowancePercent,
      paidCents: paidOf(requests),
      actualCosts: proof.actualCosts,
      actualThirdPartyCents: proof.actualThirdPartyCents,
    });
    const book = (key: string, input: Parameters<typeof bookInTransaction>[2]["input"]) =>
      bookInTransaction(tx, tenantId, {
        actor: options.actor,
        requestId: options.requestId,
        fundId: row.fundId,
        idempotencyKey: `grant:proof:${proof.id}:${key}`,
        input,
      });
    const common = { date: options.today, documentReference: a.noticeReference };
    if (result.reclaimCents > 0) {
      let reversed = 0;
      for (const payment of await q.openPayments(tx, tenantId, commitmentId)) {
        if (reversed >= result.reclaimCents) break;
        await book(`reverse:${payment.id}`, {
          kind: "reversal",
          reversesBookingId: payment.id,
          reason: `Rückforderung nach Verwendungsnachweis: ${a.title}`,
          ...common,
        });
        reversed += payment.amountCents;
      }
      if (reversed > result.reclaimCents)
        await book("repay", {
          kind: "payment",
          commitmentId,
          amountCents: reversed - result.reclaimCents,
          note: `Verbleibende Zahlung nach Verwendungsnachweis: ${a.title}`,
          ...common,
        });
    }
    if (result.releaseCents > 0)
      await book("release", {
        kind: "release",
        commitmentId,
        amountCents: result.releaseCents,
        note: `Nicht benötigte Mittel nach Verwendungsnachweis: ${a.title}`,
        ...common,
      });
    const values = {
      state: "confirmed" as const,
      confirmedOn: options.today,
      entitledCents: result.entitledCents,
      reclaimCents: result.reclaimCents,
      releaseCents: result.releaseCents,
    };
    await q.updateProof(tx, tenantId, proof.id, values);
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantProof.confirm",
      entityType: "grantProofOfUse",
      entityId: proof.id,
      before: { state: proof.state },
      after: values,
    });
    return present(tx, tenantId, a.id, options.viewer);
  });
}
