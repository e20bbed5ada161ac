import type { GrantProviderList } from "../../../contract/grant-figures";
import type { Pipeline, Programme, ProgrammeInput } from "../../../contract/grants";
import { DomainError, DomainProblems } from "../../../domain/errors";
import { defaultOverspendAllowancePercent } from "../../../domain/grant-money";
import { defaultPaymentWithinMonths, defaultProofDueMonths } from "../../../domain/grant-programme";
import { changedGrantTerms } from "../../../domain/grants";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { readPipeline } from "./pipeline";
import * as q from "./queries";

function present(row: q.ProgrammeRow, fundName: string): Programme {
  return {
    id: row.id,
    fundId: row.fundId,
    fundName,
    title: row.title,
    purpose: row.purpose,
    deadline: row.deadline,
    financingType: row.financingType,
    maxShareBasisPoints: row.maxShareBasisPoints,
    eligibleCostKinds: row.eligibleCostKinds as Programme["eligibleCostKinds"],
    conditions: row.conditions,
    paymentWithinMonths: row.paymentWithinMonths,
    proofDueMonths: row.proofDueMonths,
    overspendAllowancePercent: row.overspendAllowancePercent,
    noticeTemplate: row.noticeTemplate,
    legalRemedy: row.legalRemedy,
  };
}

function values(input: ProgrammeInput) {
  return {
    fundId: input.fundId,
    title: input.title,
    purpose: input.purpose,
    deadline: input.deadline ?? null,
    financingType: input.financingType,
    maxShareBasisPoints: input.maxShareBasisPoints,
    eligibleCostKinds: [...new Set(input.eligibleCostKinds)],
    conditions: input.conditions,
    paymentWithinMonths:
      input.paymentWithinMonths === undefined
        ? defaultPaymentWithinMonths
        : input.paymentWithinMonths,
    proofDueMonths: input.proofDueMonths ?? defaultProofDueMonths,
    overspendAllowancePercent: input.overspendAllowancePercent ?? defaultOverspendAllowancePercent,
    noticeTemplate: input.noticeTemplate ?? null,
    legalRemedy: input.legalRemedy ?? null,
  };
}

export async function listProgrammes(scope: TenantDb): Promise<{ items: Programme[] }> {
  return scope.transaction(async (tx) => ({
    items: (await q.listProgrammes(tx, scope.tenantId)).map((r) =>
      present(r.programme, r.fundName),
    ),
  }));
}

export async function getProgramme(scope: TenantDb, id: string): Promise<Programme> {
  return scope.transaction(async (tx) => {
    const found = await q.findProgramme(tx, scope.tenantId, id);
    if (!found) throw new DomainError("notFound", "grant.programmeNotFound");
    return present(found.programme, found.fundName);
  });
}

export async function createProgramme(
  scope: TenantDb,
  options: Actor & { input: ProgrammeInput },
): Promise<Programme> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    if (!(await q.fundExists(tx, tenantId, options.input.fundId)))
      throw new DomainError("invalid", "grant.fundUnknown", {}, "fundId");
    const row = await q.insertProgramme(tx, {
      tenantId,
      ...values(options.input),
      createdBy: options.actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantProgramme.create",
      entityType: "grantProgramme",
      entityId: row.id,
      after: row,
    });
    const found = await q.findProgramme(tx, tenantId, row.id);
    return present(row, found?.fundName ?? "");
  });
}

export async function updateProgramme(
  scope: TenantDb,
  options: Actor & { id: string; input: ProgrammeInput },
): Promise<Programme> {
  return scope.transaction(async (tx) => {
    const { tenantId } = scope;
    const before = await q.findProgramme(tx, tenantId, options.id);
    if (!before) throw new DomainError("notFound", "grant.programmeNotFound");
    if (!(await q.fundExists(tx, tenantId, options.input.fundId)))
      throw new DomainError("invalid", "grant.fundUnknown", {}, "fundId");
    const changed = changedGrantTerms(before.programme, values(options.input));
    if (changed.length > 0 && (await q.programmeHasGrants(tx, tenantId, options.id)))
      throw new DomainProblems(
        "invalid",
        "grant.termsFixed",
        changed.map((term) => ({ path: term, code: "grant.termsFixed" })),
      );
    const row = await q.updateProgramme(tx, tenantId, options.id, values(options.input));
    if (!row) throw new DomainError("notFound", "grant.programmeNotFound");
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantProgramme.update",
      entityType: "grantProgramme",
      entityId: row.id,
      before: before.programme,
      after: row,
    });
    const found = await q.findProgramme(tx, tenantId, row.id);
    return present(row, found?.fundName ?? "");
  });
}

/**
 * The pipeline per programme (optionally of one fund): asked (submitted, not withdrawn), granted,
 * paid, proven (entitled after a confirmed proof of use), reclaimed (grants/pipeline.ts).
 */
export async function pipeline(scope: TenantDb, filter: { fundId?: string }): Promise<Pipeline> {
  return scope.transaction(async (tx) => ({
    items: (await readPipeline(tx, scope.tenantId, filter)).programmes.map(
      ({ grants: _, ...p }) => p,
    ),
  }));
}

/** The same per provider organisation, over its granted applications. */
export async function providerPipeline(
  scope: TenantDb,
  filter: { fundId?: string },
): Promise<GrantProviderList> {
  return scope.transaction(async (tx) => ({
    items: (await readPipeline(tx, scope.tenantId, filter)).providers,
  }));
}
