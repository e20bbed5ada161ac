import type { Programme } from "../../contract/grants";
import { defaultOverspendAllowancePercent } from "../../domain/grant-money";
import {
  defaultPaymentWithinMonths,
  defaultProofDueMonths,
  parseSharePercent,
  parseWholeNumber,
  sharePercentText,
} from "../../domain/grant-programme";
import type { CostKind, FinancingType } from "../../domain/grants";
import type { ProgrammeBody } from "../api/grant-programmes";

/** What the programme form holds: text as typed, so a refused save keeps every entry. */
export interface ProgrammeValues {
  fundId: string;
  title: string;
  purpose: string;
  /** ISO date or the text as typed (components/form DateField). */
  deadline: string;
  financingType: FinancingType;
  /** Per cent as typed ("80", "62,5"). */
  share: string;
  eligibleCostKinds: CostKind[];
  conditions: string;
  paymentWithinMonths: string;
  proofDueMonths: string;
  overspendAllowancePercent: string;
  noticeTemplate: string;
  legalRemedy: string;
}

export function initialProgramme(p: Programme | null): ProgrammeValues {
  return {
    fundId: p?.fundId ?? "",
    title: p?.title ?? "",
    purpose: p?.purpose ?? "",
    deadline: p?.deadline ?? "",
    financingType: p?.financingType ?? "deficit",
    share: p ? sharePercentText(p.maxShareBasisPoints) : "",
    eligibleCostKinds: p?.eligibleCostKinds ?? [],
    conditions: p?.conditions ?? "",
    paymentWithinMonths: p
      ? p.paymentWithinMonths === null
        ? ""
        : String(p.paymentWithinMonths)
      : String(defaultPaymentWithinMonths),
    proofDueMonths: String(p?.proofDueMonths ?? defaultProofDueMonths),
    overspendAllowancePercent: String(
      p?.overspendAllowancePercent ?? defaultOverspendAllowancePercent,
    ),
    noticeTemplate: p?.noticeTemplate ?? "",
    legalRemedy: p?.legalRemedy ?? "",
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const whole = (text: string) => parseWholeNumber(text) ?? text;

export function programmeBody(v: ProgrammeValues): ProgrammeBody {
  return {
    fundId: v.fundId,
    title: v.title.trim(),
    purpose: v.purpose.trim(),
    deadline: orNull(v.deadline),
    financingType: v.financingType,
    maxShareBasisPoints: parseSharePercent(v.share) ?? v.share,
    eligibleCostKinds: v.eligibleCostKinds,
    conditions: v.conditions.trim(),
    // Empty: no "needed within N months" rule.
    paymentWithinMonths: v.paymentWithinMonths.trim() ? whole(v.paymentWithinMonths) : null,
    proofDueMonths: whole(v.proofDueMonths),
    overspendAllowancePercent: whole(v.overspendAllowancePercent),
    noticeTemplate: orNull(v.noticeTemplate),
    legalRemedy: orNull(v.legalRemedy),
  };
}
