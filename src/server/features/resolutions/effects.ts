import type { ResolutionEffectInput } from "../../../contract/resolution";
import { DomainError } from "../../../domain/errors";
import { dayBefore, missingPurposeReference, type PurposeSpec } from "../../../domain/resolution";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Executor } from "../../platform/db/database";
import { applyRelinks } from "../concept/references";
import * as council from "../council/read";
import { recordEffectFollowUps } from "../follow-ups/service";
import * as q from "./queries";

export interface EffectContext {
  tx: Executor;
  tenantId: string;
  actor: string;
  requestId?: string;
  resolution: { id: string; decidedOn: string; committeeId: string; text: string };
}

type Effect<T extends ResolutionEffectInput["type"]> = Extract<ResolutionEffectInput, { type: T }>;

function invalid(code: string, path: string): DomainError {
  return new DomainError("invalid", code, {}, path);
}

async function audit(
  ctx: EffectContext,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  await recordAudit(ctx.tx, {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    requestId: ctx.requestId,
    action,
    entityType,
    entityId,
    before,
    after: { ...(after as object), resolutionId: ctx.resolution.id },
  });
}

/** A draft becomes the adopted version; the one adopted before is superseded. */
async function adoptConceptVersion(
  ctx: EffectContext,
  e: Effect<"adoptConceptVersion">,
  path: string,
) {
  const version = await q.lockVersion(ctx.tx, ctx.tenantId, e.conceptVersionId);
  if (!version) throw invalid("conceptVersion.notFound", `${path}.conceptVersionId`);
  if (version.status !== "draft") {
    throw new DomainError("conflict", "resolution.versionNotDraft", {}, `${path}.conceptVersionId`);
  }
  for (const previous of await q.adoptedVersions(ctx.tx, ctx.tenantId)) {
    await q.updateVersion(ctx.tx, ctx.tenantId, previous.id, { status: "superseded" });
    await audit(
      ctx,
      "conceptVersion.supersede",
      "conceptVersion",
      previous.id,
      { status: "adopted" },
      { status: "superseded" },
    );
  }
  const after = {
    status: "adopted" as const,
    adoptedOn: ctx.resolution.decidedOn,
    adoptingResolutionId: ctx.resolution.id,
  };
  await q.updateVersion(ctx.tx, ctx.tenantId, version.id, after);
  // Items removed or merged in the draft hand their measures, funds and indicators on.
  const relinked = await applyRelinks(ctx.tx, ctx.tenantId, version.id);
  await audit(
    ctx,
    "conceptVersion.adopt",
    "conceptVersion",
    version.id,
    { status: version.status },
    { ...after, relinked },
  );
}

/** The committee confirms the adopted version unchanged: nothing changes but the record. */
async function confirmConceptVersion(
  ctx: EffectContext,
  e: Effect<"confirmConceptVersion">,
  path: string,
) {
  const version = await q.lockVersion(ctx.tx, ctx.tenantId, e.conceptVersionId);
  if (!version) throw invalid("conceptVersion.notFound", `${path}.conceptVersionId`);
  if (version.status !== "adopted") {
    throw invalid("resolution.versionNotAdopted", `${path}.conceptVersionId`);
  }
}

/** Sets the focus from a date; entries in force then end the day before. */
async function setFocus(ctx: EffectContext, e: Effect<"setFocus">, path: string) {
  if (!(await q.actionFieldLineageExists(ctx.tx, ctx.tenantId, e.actionFieldLineageId))) {
    throw invalid("resolution.actionFieldUnknown", `${path}.actionFieldLineageId`);
  }
  const from = e.validFrom ?? ctx.resolution.decidedOn;
  if (e.validTo && e.validTo < from) throw invalid("resolution.periodReversed", `${path}.validTo`);
  for (const open of await q.focusOpenFrom(ctx.tx, ctx.tenantId, from)) {
    const validTo = dayBefore(from);
    await q.closeFocus(ctx.tx, ctx.tenantId, open.id, validTo);
    await audit(ctx, "focus.close", "focus", open.id, { validTo: open.validTo }, { validTo });
  }
  const created = await q.insertFocus(ctx.tx, {
    tenantId: ctx.tenantId,
    actionFieldLineageId: e.actionFieldLineageId,
    validFrom: from,
    validTo: e.validTo ?? null,
    resolutionId: ctx.resolution.id,
    basis: ctx.resolution.text,
  });
  if (created) await audit(ctx, "focus.set", "focus", created.id, null, created);
}

async function purposeRows(
  ctx: EffectContext,
  fundId: string,
  from: string,
  specs: PurposeSpec[],
  path: string,
) {
  const rows = [];
  for (const [i, spec] of specs.entries()) {
    const missing = missingPurposeReference(spec);
    if (missing) throw invalid("resolution.purposeIncomplete", `${path}.purpose.${i}.${missing}`);
    if (
      spec.actionFieldLineageId &&
      !(await q.actionFieldLineageExists(ctx.tx, ctx.tenantId, spec.actionFieldLineageId))
    ) {
      throw invalid("resolution.actionFieldUnknown", `${path}.purpose.${i}.actionFieldLineageId`);
    }
    if (
      spec.measureTypeId &&
      !(await q.measureTypeExists(ctx.tx, ctx.tenantId, spec.measureTypeId))
    ) {
      throw invalid("resolution.measureTypeUnknown", `${path}.purpose.${i}.measureTypeId`);
    }
    rows.push({
      tenantId: ctx.tenantId,
      fundId,
      validFrom: from,
      kind: spec.kind,
      actionFieldLineageId: spec.actionFieldLineageId ?? null,
      targetId: spec.targetId ?? null,
      measureTypeId: spec.measureTypeId ?? null,
      resolutionId: ctx.resolution.id,
      note: (spec as { note?: string | null }).note ?? null,
    });
  }
  return rows;
}

async function grantFund(ctx: EffectContext, e: Effect<"grantFund">, path: string) {
  const created = await q.insertFund(ctx.tx, {
    tenantId: ctx.tenantId,
    name: e.name,
    fiscalYear: e.fiscalYear,
    estimateCents: e.estimateCents,
    budgetLine: e.budgetLine ?? null,
    grantedByCommitteeId: ctx.resolution.committeeId,
    grantingResolutionId: ctx.resolution.id,
  });
  await audit(ctx, "fund.grant", "fund", created.id, null, created);
  const rows = await purposeRows(ctx, created.id, ctx.resolution.decidedOn, e.purpose, path);
  for (const entry of await q.insertPurposeEntries(ctx.tx, rows)) {
    await audit(ctx, "fundPurpose.open", "fundPurposeEntry", entry.id, null, entry);
  }
}

/** Widens or narrows a fund's purpose: the entries in force end, the new ones start. */
async function changeFundPurpose(ctx: EffectContext, e: Effect<"changeFundPurpose">, path: string) {
  const target = await q.lockFund(ctx.tx, ctx.tenantId, e.fundId);
  if (!target) throw invalid("resolution.fundUnknown", `${path}.fundId`);
  const from = e.validFrom ?? ctx.resolution.decidedOn;
  const rows = await purposeRows(ctx, target.id, from, e.purpose, path);
  for (const open of await q.purposeOpenFrom(ctx.tx, ctx.tenantId, target.id, from)) {
    const validTo = dayBefore(from);
    await q.closePurposeEntry(ctx.tx, ctx.tenantId, open.id, validTo);
    await audit(
      ctx,
      "fundPurpose.close",
      "fundPurposeEntry",
      open.id,
      { validTo: open.validTo },
      { validTo },
    );
  }
  for (const entry of await q.insertPurposeEntries(ctx.tx, rows)) {
    await audit(ctx, "fundPurpose.open", "fundPurposeEntry", entry.id, null, entry);
  }
}

async function requireReporting(ctx: EffectContext, e: Effect<"requireReporting">, path: string) {
  if (!(await council.findCommittee(ctx.tx, ctx.tenantId, e.committeeId))) {
    throw invalid("committee.notFound", `${path}.committeeId`);
  }
  const created = await q.insertReportingDuty(ctx.tx, {
    tenantId: ctx.tenantId,
    committeeId: e.committeeId,
    cadence: e.cadence,
    subject: e.subject ?? null,
    validFrom: e.validFrom ?? ctx.resolution.decidedOn,
    resolutionId: ctx.resolution.id,
  });
  await audit(ctx, "reportingDuty.create", "reportingDuty", created.id, null, created);
}

async function endReporting(ctx: EffectContext, e: Effect<"endReporting">, path: string) {
  const duty = await q.lockReportingDuty(ctx.tx, ctx.tenantId, e.reportingDutyId);
  if (!duty) throw invalid("resolution.reportingDutyUnknown", `${path}.reportingDutyId`);
  const validTo = e.validTo ?? dayBefore(ctx.resolution.decidedOn);
  await q.closeReportingDuty(ctx.tx, ctx.tenantId, duty.id, validTo);
  await audit(
    ctx,
    "reportingDuty.end",
    "reportingDuty",
    duty.id,
    { validTo: duty.validTo },
    { validTo },
  );
}

/** Applies every effect in order, inside the caller's transaction; any refusal undoes all. */
export async function applyEffects(ctx: EffectContext, effects: ResolutionEffectInput[]) {
  for (const [i, effect] of effects.entries()) {
    const path = `effects.${i}`;
    switch (effect.type) {
      case "adoptConceptVersion":
        await adoptConceptVersion(ctx, effect, path);
        break;
      case "confirmConceptVersion":
        await confirmConceptVersion(ctx, effect, path);
        break;
      case "setFocus":
        await setFocus(ctx, effect, path);
        break;
      case "grantFund":
        await grantFund(ctx, effect, path);
        break;
      case "changeFundPurpose":
        await changeFundPurpose(ctx, effect, path);
        break;
      case "requireReporting":
        await requireReporting(ctx, effect, path);
        break;
      case "endReporting":
        await endReporting(ctx, effect, path);
        break;
    }
  }
  // Decision tracking: what Kurs applied itself is done.
  await recordEffectFollowUps(ctx, effects);
}
