import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Tx } from "../../platform/db/database";
import * as q from "./queries";

/**
 * The next year's fund that takes a fund's Haushaltsrest: the one carried from it, or, on the
 * first carry-over, a new fund for the next fiscal year with the same budget line, the same grant
 * (resolution and reference: the link to the original grant) and the purpose valid at the turn of
 * the year. Call with the source fund locked, so two carry-overs create one fund.
 */
export async function nextYearFund(
  tx: Tx,
  tenantId: string,
  sourceId: string,
  audit: { actor: string; requestId?: string },
): Promise<string> {
  const [source] = await q.lockFunds(tx, tenantId, [sourceId]);
  if (!source) throw new DomainError("notFound", "fund.notFound");
  const [existing] = await q.fundsCarriedFrom(tx, tenantId, [sourceId]);
  if (existing) return existing.id;
  const year = source.fiscalYear + 1;
  const created = await q.insertFund(tx, {
    tenantId,
    name: `${source.name} – Haushaltsrest in ${year}`,
    fiscalYear: year,
    budgetLine: source.budgetLine,
    estimateCents: 0,
    grantedByCommitteeId: source.grantedByCommitteeId,
    grantingResolutionId: source.grantingResolutionId,
    grantingReference: source.grantingReference,
    carriedFromFundId: source.id,
  });
  const turn = `${source.fiscalYear}-12-31`;
  const purpose = (await q.rawPurposeEntries(tx, tenantId, sourceId)).filter(
    (p) => p.validFrom <= turn && (p.validTo === null || p.validTo >= turn),
  );
  await q.insertPurposeEntries(
    tx,
    purpose.map(({ id: _, fundId: __, validFrom: ___, ...p }) => ({
      ...p,
      fundId: created.id,
      validFrom: `${year}-01-01`,
      note: p.note ?? `Übernommen aus ${source.name}`,
    })),
  );
  await recordAudit(tx, {
    tenantId,
    actor: audit.actor,
    requestId: audit.requestId,
    action: "fund.carryOverTarget",
    entityType: "fund",
    entityId: created.id,
    before: null,
    after: { ...created, purposeEntries: purpose.length },
  });
  return created.id;
}
