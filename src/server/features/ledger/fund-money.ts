import { type FundFigures, fundFigures } from "../../../domain/fund-figures";
import { purposeDay, purposeFields } from "../../../domain/fund-purpose";
import type { Balance, FundFacts } from "../../../domain/ledger";
import type { Executor } from "../../platform/db/database";
import { balancesOf } from "./balances";
import * as q from "./queries";

export interface FundMoney {
  /** The fold's balance (for forecasts); readers show `figures`. */
  balance: Balance;
  figures: FundFigures;
  /** Lineage ids of the action fields the fund's money belongs to (its purpose, followed). */
  fieldLineageIds: string[];
  /** The fund's purpose entries as stored, oldest first (readers show them; read once here). */
  purposes: PurposeEntry[];
}

export type PurposeEntry = Awaited<ReturnType<typeof q.purposeEntries>>[number];

/**
 * The one place the server turns funds into money per fund and per action field: balances summed
 * in the database (equal to the fold), the figures of src/domain/fund-figures, and the fields of
 * src/domain/fund-purpose `purposeFields` for every purpose kind. The API (/funds and
 * /funds/by-action-field), the committee report and the public site all read this.
 */
export async function fundMoneyOf(
  db: Executor,
  tenantId: string,
  funds: FundFacts[],
  today: string,
): Promise<Map<string, FundMoney>> {
  // One after the other: inside a transaction all queries share one connection.
  const balances = await balancesOf(db, tenantId, funds);
  const purposes = await q.purposeEntries(
    db,
    tenantId,
    funds.map((f) => f.id),
  );
  const targets = await q.fieldsOfPurposeTargets(
    db,
    tenantId,
    purposes.flatMap((p) => (p.targetId && !p.actionFieldLineageId ? [p.targetId] : [])),
  );
  const byFund = new Map<string, PurposeEntry[]>(funds.map((f) => [f.id, []]));
  for (const p of purposes) byFund.get(p.fundId)?.push(p);
  return new Map(
    funds.map((f) => {
      const own = byFund.get(f.id) as PurposeEntry[];
      return [
        f.id,
        {
          balance: balances.get(f.id) as Balance,
          figures: fundFigures(balances.get(f.id) as Balance, f.fiscalYear, today),
          fieldLineageIds: purposeFields(own, purposeDay(f.fiscalYear, today), targets),
          purposes: own,
        },
      ];
    }),
  );
}
