import type { AssignmentInput, Capacity, PositionInput } from "../../../contract/capacity";
import { capacityReport, monthsBetween, periodsOverlap } from "../../../domain/capacity";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { findMeasure } from "../measures/read";
import * as q from "./queries";

const firstOf = (month: string) => `${month}-01`;

/** Capacity against demand per month (default: the 12 months from `today`'s month). */
export async function getCapacity(
  scope: TenantDb,
  { from, to, today }: { from?: string; to?: string; today: string },
): Promise<Capacity> {
  const start = firstOf(from ?? today.slice(0, 7));
  const endYear = Number(start.slice(0, 4)) + 1;
  const end = to ? firstOf(to) : `${endYear}-${start.slice(5, 7)}-01`;
  if (end < start) throw new DomainError("invalid", "capacity.toBeforeFrom", {}, "query.to");
  const months = monthsBetween(start, end);
  return scope.transaction(async (tx) => {
    const { positions, periods } = await q.listPositions(tx, scope.tenantId);
    const assignments = await q.assignmentsBetween(tx, scope.tenantId, start, end);
    const report = capacityReport({
      months,
      positionIds: positions.map((p) => p.id),
      periods: periods.map((p) => ({ ...p, fte: Number(p.fte) })),
      assignments: assignments.map((a) => ({ ...a, fte: Number(a.fte) })),
    });
    return {
      positions: positions.map((p) => ({
        id: p.id,
        title: p.title,
        unit: p.unit,
        periods: periods
          .filter((x) => x.positionId === p.id)
          .map((x) => ({ validFrom: x.validFrom, validTo: x.validTo, fte: Number(x.fte) })),
      })),
      months: report.map((m) => ({
        ...m,
        positions: m.positions.map((p) => ({
          ...p,
          measures: assignments
            .filter((a) => a.positionId === p.positionId && a.month === m.month)
            .map((a) => ({ id: a.measureId, title: a.title, fte: Number(a.fte) })),
        })),
      })),
    };
  });
}

export async function createPosition(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: PositionInput },
) {
  const periods = input.periods.map((p) => ({ ...p, validTo: p.validTo ?? null }));
  if (periods.some((p) => p.validTo !== null && p.validTo < p.validFrom))
    throw new DomainError("invalid", "capacity.periodEndBeforeStart", {}, "periods");
  if (periodsOverlap(periods))
    throw new DomainError("invalid", "capacity.periodsOverlap", {}, "periods");
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const created = await q.insertPosition(
      tx,
      { tenantId, title: input.title, unit: input.unit || null },
      periods,
    );
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "position.create",
      entityType: "position",
      entityId: created.id,
      after: input,
    });
    return { id: created.id };
  });
}

/** Assigns a share for each month; over-allocation is allowed but shown as a warning. */
export async function assign(
  scope: TenantDb,
  { actor, requestId, positionId, input }: Actor & { positionId: string; input: AssignmentInput },
) {
  if (input.toMonth < input.fromMonth)
    throw new DomainError("invalid", "capacity.toBeforeFrom", {}, "toMonth");
  const months = monthsBetween(firstOf(input.fromMonth), firstOf(input.toMonth));
  if (months.length > 60) throw new DomainError("invalid", "capacity.tooManyMonths", {}, "toMonth");
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    if (!(await q.findPosition(tx, tenantId, positionId)))
      throw new DomainError("notFound", "capacity.positionNotFound");
    if (!(await findMeasure(tx, tenantId, input.measureId)))
      throw new DomainError("invalid", "measure.notFound", {}, "measureId");
    await q.upsertAssignments(
      tx,
      months.map((month) => ({
        tenantId,
        positionId,
        measureId: input.measureId,
        month,
        fte: input.fte,
      })),
    );
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "position.assign",
      entityType: "position",
      entityId: positionId,
      after: input,
    });
    return { months: months.length };
  });
}
