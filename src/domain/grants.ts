/**
 * Zuwendungen an Träger: the words and rules of a grant application. Pure: no I/O, no
 * clock (pass `today`). Money in integer cents (./money.ts). The amounts a grant moves on the
 * ledger (reclaim, payment requests) live in ./grant-money.ts.
 *
 * A problem names its field (`path`) and a code of the server's message catalogue
 * (src/server/platform/http/messages-grants.ts), so the form can show it at the field.
 */
import { isBoundedCents } from "./money";

/**
 * Finanzierungsart (VV zu § 44 LHO):
 * - `deficit` Fehlbedarfsfinanzierung: the grant closes the gap left after own and third-party money;
 * - `share` Anteilfinanzierung: the grant pays a fixed share of the eligible costs;
 * - `fixed` Festbetragsfinanzierung: a fixed sum, reclaimed only when the costs fall below it.
 */
export const financingTypes = ["deficit", "share", "fixed"] as const;
export type FinancingType = (typeof financingTypes)[number];

/** Kostenarten of a cost plan. */
export const costKinds = ["staff", "fees", "material", "rooms", "travel", "other"] as const;
export type CostKind = (typeof costKinds)[number];

export interface CostLine {
  costKind: CostKind;
  amountCents: number;
}

/** Finanzierungsplan: own share + third-party money + the amount asked = total cost. */
export interface FinancingPlan {
  ownCents: number;
  thirdPartyCents: number;
  requestedCents: number;
}

/**
 * A new measure an application proposes (what the measure form requires at least): created when
 * the application is granted, in the same transaction as the commitment.
 */
export interface ProposedMeasure {
  title: string;
  description?: string | null;
  measureTypeId: string;
  recommendationIds: string[];
}

/** What a programme (Förderaufruf) allows. */
export interface ProgrammeRules {
  financingType: FinancingType;
  /** Highest share of the total cost the grant may cover, in basis points (10000 = 100 %). */
  maxShareBasisPoints: number;
  eligibleCostKinds: readonly CostKind[];
  /** Last day to submit an application (inclusive), or null. */
  deadline: string | null;
}

export interface GrantProblem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export const applicationStates = [
  "draft",
  "submitted",
  "underReview",
  "granted",
  "partlyGranted",
  "refused",
  "withdrawn",
] as const;
export type ApplicationState = (typeof applicationStates)[number];

/** Allowed changes of state; everything else is refused. Decided states are final. */
const transitions: Record<ApplicationState, readonly ApplicationState[]> = {
  draft: ["submitted", "withdrawn"],
  submitted: ["underReview", "withdrawn"],
  underReview: ["granted", "partlyGranted", "refused", "withdrawn"],
  granted: [],
  partlyGranted: [],
  refused: [],
  withdrawn: [],
};

export function mayChangeState(from: ApplicationState, to: ApplicationState): boolean {
  return transitions[from].includes(to);
}

/** The states a provider may still edit the application in. */
export const editableStates: readonly ApplicationState[] = ["draft"];

/**
 * The terms of a programme that a grant notice rests on: once one application is granted, they
 * stay as they were (the notice, the reclaim and its letter are computed from them), so a change
 * would make the letter disagree with what was booked. Title, texts and deadlines may change.
 */
export const grantTerms = [
  "fundId",
  "financingType",
  "maxShareBasisPoints",
  "eligibleCostKinds",
  "overspendAllowancePercent",
] as const;
export type GrantTerm = (typeof grantTerms)[number];

/** The terms that differ between a programme as it is and as it would become. */
export function changedGrantTerms(
  before: Record<GrantTerm, unknown>,
  after: Record<GrantTerm, unknown>,
): GrantTerm[] {
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b)
      ? a.length === b.length && [...a].sort().join() === [...b].sort().join()
      : a === b;
  return grantTerms.filter((term) => !same(before[term], after[term]));
}

/** The states of a grant (fully or in part): payments and the proof of use follow. */
export const grantedStates = [
  "granted",
  "partlyGranted",
] as const satisfies readonly ApplicationState[];

/** Granted (fully or in part): payments and the proof of use follow. */
export function isGranted(state: ApplicationState): boolean {
  return (grantedStates as readonly ApplicationState[]).includes(state);
}

export function totalCostCents(lines: readonly CostLine[]): number {
  return lines.reduce((sum, line) => sum + line.amountCents, 0);
}

/** The highest grant the share allows for a total cost (rounded down to the cent). */
function maxGrantForShare(totalCents: number, basisPoints: number): number {
  return Number((BigInt(totalCents) * BigInt(basisPoints)) / 10000n);
}

function amountProblems(path: string, value: number, mayBeZero: boolean): GrantProblem[] {
  if (!isBoundedCents(value)) return [{ path, code: "grant.amountInvalid" }];
  if (value < 0) return [{ path, code: "grant.amountNegative" }];
  if (!mayBeZero && value === 0) return [{ path, code: "grant.amountZero" }];
  return [];
}

/**
 * Checks an application's cost and financing plan against the programme. Every problem at its
 * field; an empty list means the plans may be stored.
 */
export function checkPlans(input: {
  costPlan: readonly CostLine[];
  financing: FinancingPlan;
  rules: ProgrammeRules;
}): GrantProblem[] {
  const { costPlan, financing, rules } = input;
  const problems: GrantProblem[] = [];
  if (costPlan.length === 0) problems.push({ path: "costPlan", code: "grant.costPlanEmpty" });
  const seen = new Set<CostKind>();
  costPlan.forEach((line, i) => {
    const path = `costPlan.${i}`;
    if (seen.has(line.costKind))
      problems.push({ path: `${path}.costKind`, code: "grant.costKindTwice" });
    seen.add(line.costKind);
    if (!rules.eligibleCostKinds.includes(line.costKind))
      problems.push({ path: `${path}.costKind`, code: "grant.costKindNotEligible" });
    problems.push(...amountProblems(`${path}.amountCents`, line.amountCents, false));
  });
  problems.push(...amountProblems("financing.ownCents", financing.ownCents, true));
  problems.push(...amountProblems("financing.thirdPartyCents", financing.thirdPartyCents, true));
  problems.push(...amountProblems("financing.requestedCents", financing.requestedCents, false));
  if (problems.length > 0) return problems;
  const total = totalCostCents(costPlan);
  const financed = financing.ownCents + financing.thirdPartyCents + financing.requestedCents;
  if (financed !== total)
    problems.push({
      path: "financing.requestedCents",
      code: "grant.planNotBalanced",
      params: { totalCents: total, financedCents: financed, differenceCents: total - financed },
    });
  const most = maxGrantForShare(total, rules.maxShareBasisPoints);
  if (financing.requestedCents > most)
    problems.push({
      path: "financing.requestedCents",
      code: "grant.shareExceeded",
      params: { maxCents: most, basisPoints: rules.maxShareBasisPoints },
    });
  return problems;
}

/** Problems of the grant period. */
export function checkPeriod(period: { from: string; to: string }): GrantProblem[] {
  return period.to < period.from ? [{ path: "periodTo", code: "grant.periodReversed" }] : [];
}

/** May the application still be submitted on `today` (the programme's deadline)? */
export function checkDeadline(rules: ProgrammeRules, today: string): GrantProblem[] {
  return rules.deadline && today > rules.deadline
    ? [{ path: "programmeId", code: "grant.deadlinePassed", params: { deadline: rules.deadline } }]
    : [];
}

/**
 * The decision on an application: the amount granted is positive and at most the amount asked;
 * less than asked is a partial grant.
 */
export function checkDecision(input: { requestedCents: number; grantedCents: number }): {
  state: "granted" | "partlyGranted";
  problems: GrantProblem[];
} {
  const { requestedCents, grantedCents } = input;
  const problems = amountProblems("grantedCents", grantedCents, false);
  if (problems.length === 0 && grantedCents > requestedCents)
    problems.push({
      path: "grantedCents",
      code: "grant.grantAboveRequest",
      params: { requestedCents },
    });
  return { state: grantedCents < requestedCents ? "partlyGranted" : "granted", problems };
}
