/**
 * The money of a granted application: what a payment request may ask for, and what is
 * reclaimed after the proof of use (Verwendungsnachweis) for each financing type. Pure; integer
 * cents (./money.ts); `today` is passed in.
 */
import type { CostKind, CostLine, FinancingType, GrantProblem } from "./grants";
import { isBoundedCents } from "./money";
import { addMonths } from "./reporting-schedule";

export interface PaymentRequestCheck {
  /** The amount granted in the notice. */
  grantedCents: number;
  /** Already paid or approved and requests still waiting for the office. */
  requestedBeforeCents: number;
  amountCents: number;
  /** The day the request is made. */
  today: string;
  /** The day by which the provider will have spent the money (Verwendung bis). */
  neededBy: string;
  period: { from: string; to: string };
  /**
   * "Only what is needed within N months" (ANBest-P 1.4: two months); null: no such rule.
   */
  neededWithinMonths: number | null;
}

/** The part of the grant not yet paid, approved or asked for. */
export function paymentRest(grantedCents: number, requestedBeforeCents: number): number {
  return Math.max(0, grantedCents - requestedBeforeCents);
}

/** Problems of a payment request (Mittelabruf); empty: it may go to the office. */
export function checkPaymentRequest(c: PaymentRequestCheck): GrantProblem[] {
  if (!isBoundedCents(c.amountCents)) return [{ path: "amountCents", code: "grant.amountInvalid" }];
  if (c.amountCents < 0) return [{ path: "amountCents", code: "grant.amountNegative" }];
  if (c.amountCents === 0) return [{ path: "amountCents", code: "grant.amountZero" }];
  const problems: GrantProblem[] = [];
  const rest = paymentRest(c.grantedCents, c.requestedBeforeCents);
  if (c.amountCents > rest)
    problems.push({
      path: "amountCents",
      code: "grant.paymentAboveRest",
      params: { restCents: rest },
    });
  if (c.neededBy < c.period.from)
    problems.push({
      path: "neededBy",
      code: "grant.paymentBeforePeriod",
      params: { from: c.period.from },
    });
  else if (c.neededBy > c.period.to)
    problems.push({
      path: "neededBy",
      code: "grant.paymentAfterPeriod",
      params: { to: c.period.to },
    });
  else if (c.neededWithinMonths !== null) {
    const latest = addMonths(c.today, c.neededWithinMonths);
    if (c.neededBy > latest)
      problems.push({
        path: "neededBy",
        code: "grant.paymentTooEarly",
        params: { months: c.neededWithinMonths, latest },
      });
  }
  return problems;
}

export interface ProofFigures {
  /** Actual costs per cost kind. */
  actualCosts: readonly CostLine[];
  /** Third-party money actually received. */
  actualThirdPartyCents: number;
}

/** Problems of a proof of use's figures: amounts ≥ 0, each cost kind once and in the plan. */
export function checkProofFigures(
  figures: ProofFigures,
  plannedKinds: readonly CostKind[],
): GrantProblem[] {
  const problems: GrantProblem[] = [];
  const seen = new Set<CostKind>();
  figures.actualCosts.forEach((line, i) => {
    const path = `actualCosts.${i}`;
    if (seen.has(line.costKind))
      problems.push({ path: `${path}.costKind`, code: "grant.costKindTwice" });
    seen.add(line.costKind);
    if (!plannedKinds.includes(line.costKind))
      problems.push({ path: `${path}.costKind`, code: "grant.costKindNotPlanned" });
    if (!isBoundedCents(line.amountCents))
      problems.push({ path: `${path}.amountCents`, code: "grant.amountInvalid" });
    else if (line.amountCents < 0)
      problems.push({ path: `${path}.amountCents`, code: "grant.amountNegative" });
  });
  if (!isBoundedCents(figures.actualThirdPartyCents))
    problems.push({ path: "actualThirdPartyCents", code: "grant.amountInvalid" });
  else if (figures.actualThirdPartyCents < 0)
    problems.push({ path: "actualThirdPartyCents", code: "grant.amountNegative" });
  return problems;
}

export interface ReclaimInput {
  financingType: FinancingType;
  grantedCents: number;
  /** The cost plan (financing plan) the grant was made on, per cost kind. */
  plannedCosts: readonly CostLine[];
  plannedThirdPartyCents: number;
  /**
   * How far one cost kind may exceed its planned amount, offset by savings in others
   * (ANBest-P Nr. 1.2: 20 %); the programme's setting.
   */
  overspendAllowancePercent: number;
  paidCents: number;
  actualCosts: readonly CostLine[];
  actualThirdPartyCents: number;
}

export interface Reclaim {
  /** What the provider is entitled to after the proof (0 ≤ entitled ≤ granted). */
  entitledCents: number;
  /** Paid beyond the entitlement: to be paid back (its payments reversed on the ledger). */
  reclaimCents: number;
  /**
   * The part of the commitment no longer needed (granted − entitled): released on the ledger,
   * after the reclaimed payments are reversed. Includes the reclaimed part.
   */
  releaseCents: number;
  /** Entitled but not yet paid: stays committed for a last payment. */
  stillOwedCents: number;
  actualTotalCents: number;
  /** The actual costs the plan covers (each kind capped, see eligibleCosts). */
  eligibleTotalCents: number;
}

/** The default overspend allowance per cost kind (ANBest-P Nr. 1.2). */
export const defaultOverspendAllowancePercent = 20;

/**
 * The actual cost of each planned kind that counts (ANBest-P Nr. 1.2): a cost kind may exceed
 * its planned amount by up to `allowancePercent` % (rounded down to the cent) when savings in
 * other kinds offset it — beyond that, the excess does not count. Whether the savings offset it
 * is the entitlement's part: every financing type caps it at the grant, so the excess only ever
 * fills savings elsewhere. Kinds outside the plan count nothing (the proof refuses them anyway).
 */
export function eligibleCosts(
  planned: readonly CostLine[],
  actual: readonly CostLine[],
  allowancePercent: number,
): { costKind: CostKind; actualCents: number; capCents: number; eligibleCents: number }[] {
  return planned.map((line) => {
    const actualCents = actual.find((a) => a.costKind === line.costKind)?.amountCents ?? 0;
    const capCents =
      line.amountCents +
      Number((BigInt(line.amountCents) * BigInt(allowancePercent)) / BigInt(100));
    return {
      costKind: line.costKind,
      actualCents,
      capCents,
      eligibleCents: Math.min(actualCents, capCents),
    };
  });
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The entitlement after the proof of use, by financing type, on the eligible costs (each cost
 * kind capped at its plan + the overspend allowance, eligibleCosts):
 * - deficit (Fehlbedarf): the grant closes the gap the provider's own share leaves — savings and
 *   more third-party money lower it in full. Own share = planned total − planned third-party −
 *   grant (a partial grant raises it). Entitled = actual costs − own share − actual third-party.
 * - share (Anteil): the same share of the actual costs as of the planned ones.
 * - fixed (Festbetrag): the fixed sum, unless the actual costs are lower than it.
 * Always 0 ≤ entitled ≤ granted, granted = entitled + release, reclaim ≤ min(paid, release).
 */
export function computeReclaim(input: ReclaimInput): Reclaim {
  const granted = input.grantedCents;
  const actualTotal = input.actualCosts.reduce((sum, line) => sum + line.amountCents, 0);
  const plannedTotal = input.plannedCosts.reduce((sum, line) => sum + line.amountCents, 0);
  const eligible = eligibleCosts(
    input.plannedCosts,
    input.actualCosts,
    input.overspendAllowancePercent,
  ).reduce((sum, line) => sum + line.eligibleCents, 0);
  let entitled: number;
  switch (input.financingType) {
    case "deficit": {
      const own = plannedTotal - input.plannedThirdPartyCents - granted;
      entitled = eligible - own - input.actualThirdPartyCents;
      break;
    }
    case "share":
      entitled =
        plannedTotal === 0
          ? 0
          : Number((BigInt(eligible) * BigInt(granted)) / BigInt(plannedTotal));
      break;
    case "fixed":
      entitled = eligible;
      break;
  }
  const entitledCents = clamp(entitled, 0, granted);
  const paid = input.paidCents;
  return {
    entitledCents,
    reclaimCents: Math.max(0, paid - entitledCents),
    releaseCents: granted - entitledCents,
    stillOwedCents: Math.max(0, entitledCents - paid),
    actualTotalCents: actualTotal,
    eligibleTotalCents: eligible,
  };
}

/** Planned against actual per cost kind (the table of the proof of use). */
export function compareCosts(
  planned: readonly CostLine[],
  actual: readonly CostLine[],
): { costKind: CostKind; plannedCents: number; actualCents: number; differenceCents: number }[] {
  return planned.map((line) => {
    const actualCents = actual.find((a) => a.costKind === line.costKind)?.amountCents ?? 0;
    return {
      costKind: line.costKind,
      plannedCents: line.amountCents,
      actualCents,
      differenceCents: actualCents - line.amountCents,
    };
  });
}
