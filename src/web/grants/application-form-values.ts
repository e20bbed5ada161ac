import type { Application, ApplicationInput, Programme } from "../../contract/grants";
import type { CostKind } from "../../domain/grants";
import { euroProblemMessage, formatEuroAmount, readEuro } from "../../domain/money";
import { dateValueOf } from "../components/form/inputs";

/** "existing": the application names a measure (or none yet); "new": it proposes one. */
export type MeasureMode = "existing" | "new";

/** What the application form holds: every field as typed. */
export interface ApplicationFormValues {
  programmeId: string;
  /** The provider: the office names it; a partner account applies for its own ("" here). */
  partnerId: string;
  title: string;
  description: string;
  periodFrom: string;
  periodTo: string;
  /** Typed euro amounts: `cost.KIND`, `own`, `thirdParty`, `requested`. */
  amounts: Record<string, string>;
  measureMode: MeasureMode;
  measureId: string;
  proposed: {
    title: string;
    description: string;
    measureTypeId: string;
    recommendationIds: string[];
  };
}

/** The form for a new application (first programme, first measure type) or a draft to edit. */
export function initialValues(
  a: Application | null,
  programmes: Programme[],
  firstMeasureTypeId: string,
): ApplicationFormValues {
  const amounts: Record<string, string> = {};
  if (a) {
    for (const line of a.costPlan)
      amounts[`cost.${line.costKind}`] = formatEuroAmount(line.amountCents);
    amounts.own = formatEuroAmount(a.financing.ownCents);
    amounts.thirdParty = formatEuroAmount(a.financing.thirdPartyCents);
    amounts.requested = formatEuroAmount(a.financing.requestedCents);
  }
  const proposed = a?.proposedMeasure;
  return {
    programmeId: a?.programmeId ?? programmes[0]?.id ?? "",
    partnerId: a?.partnerId ?? "",
    title: a?.title ?? "",
    description: a?.description ?? "",
    periodFrom: a?.periodFrom ?? "",
    periodTo: a?.periodTo ?? "",
    amounts,
    measureMode: proposed ? "new" : "existing",
    measureId: a?.measureId ?? "",
    proposed: {
      title: proposed?.title ?? "",
      description: proposed?.description ?? "",
      measureTypeId: proposed?.measureTypeId ?? firstMeasureTypeId,
      recommendationIds: proposed?.recommendationIds ?? [],
    },
  };
}

/** The form's amounts in cents, or the field problems of what could not be read. */
export function readAmounts(amounts: Record<string, string>, language: "de" | "en") {
  const cents: Record<string, number> = {};
  const problems: Record<string, string> = {};
  for (const [key, text] of Object.entries(amounts)) {
    if (!text.trim()) continue;
    const read = readEuro(text);
    if (read.ok) cents[key] = read.cents;
    else problems[key] = euroProblemMessage(read.problem, language);
  }
  return { cents, problems };
}

/** The cost kinds sent: those with an amount, in the programme's order. */
export function plannedKinds(kinds: CostKind[], amounts: Record<string, string>): CostKind[] {
  return kinds.filter((k) => (amounts[`cost.${k}`] ?? "").trim());
}

/** The input as the API takes it (amounts already read). */
export function toInput(
  v: ApplicationFormValues,
  kinds: CostKind[],
  cents: Record<string, number>,
): ApplicationInput {
  const proposing = v.measureMode === "new";
  return {
    programmeId: v.programmeId,
    ...(v.partnerId ? { partnerId: v.partnerId } : {}),
    measureId: proposing ? null : v.measureId || null,
    proposedMeasure: proposing
      ? {
          title: v.proposed.title,
          description: v.proposed.description || null,
          measureTypeId: v.proposed.measureTypeId,
          recommendationIds: v.proposed.recommendationIds,
        }
      : null,
    title: v.title,
    description: v.description || null,
    costPlan: plannedKinds(kinds, v.amounts).map((k) => ({
      costKind: k,
      amountCents: cents[`cost.${k}`] ?? 0,
    })),
    financing: {
      ownCents: cents.own ?? 0,
      thirdPartyCents: cents.thirdParty ?? 0,
      requestedCents: cents.requested ?? 0,
    },
    periodFrom: dateValueOf(v.periodFrom),
    periodTo: dateValueOf(v.periodTo),
  };
}
