import type { PublishableFigures } from "../../../domain/indicator-disclosure";
import type { Executor } from "../../platform/db/database";
import type { IndicatorRow } from "./queries";
import * as q from "./queries";

/**
 * Approved figures of the adopted indicators (never drafts, never proposals), read for consumers
 * outside the indicator register: the public site and committee reports. What of them may be
 * published decides `domain/indicator-disclosure.ts`.
 */
export interface ApprovedFigures extends PublishableFigures<IndicatorRow> {
  targets: { indicatorId: string; year: number; value: number }[];
}

export async function readApprovedFigures(
  db: Executor,
  tenantId: string,
  /** Only the values of these years (a committee report shows its year and the one before). */
  years?: { from: number; to: number },
): Promise<ApprovedFigures> {
  // One after the other: inside a transaction all queries share one connection.
  const indicators = await q.listIndicators(db, tenantId);
  const values = await q.approvedFigureValues(db, tenantId, years);
  const targets = await q.listTargets(db, tenantId);
  const threshold = await q.disclosureThreshold(db, tenantId);
  return {
    indicators: indicators.filter((i) => !i.isProposal),
    values,
    targets: targets.map((t) => ({ indicatorId: t.indicatorId, year: t.year, value: t.value })),
    threshold,
  };
}
