import type { Indicator, IndicatorInput } from "../../contract/indicators";
import type {
  Aggregation,
  IndicatorDirection,
  IndicatorUnit,
  Periodicity,
} from "../../domain/indicator";

/** What the definition form holds: text as typed, so a refused save keeps every entry. */
export interface DefinitionValues {
  key: string;
  name: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  actionFieldLineageId: string;
  goalLineageId: string;
  source: string;
  periodicity: Periodicity;
  publishable: boolean;
  aggregation: Aggregation;
  numeratorId: string;
  denominatorId: string;
  partnerIds: string[];
}

export function initialDefinition(indicator: Indicator | null): DefinitionValues {
  return {
    key: indicator?.key ?? "",
    name: indicator?.name ?? "",
    description: indicator?.description ?? "",
    unit: indicator?.unit ?? "count",
    direction: indicator?.direction ?? "higherIsBetter",
    actionFieldLineageId: indicator?.actionFieldLineageId ?? "",
    goalLineageId: indicator?.goalLineageId ?? "",
    source: indicator?.source ?? "",
    periodicity: indicator?.periodicity ?? "year",
    publishable: indicator?.publishable ?? false,
    aggregation: indicator?.aggregation ?? "sum",
    numeratorId: indicator?.numeratorId ?? "",
    denominatorId: indicator?.denominatorId ?? "",
    partnerIds: indicator?.partnerIds ?? [],
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The request body; `isProposal` keeps (or, with false, adopts) the catalogue flag. */
export function definitionInput(v: DefinitionValues, isProposal: boolean): IndicatorInput {
  const ratio = v.aggregation === "ratio";
  return {
    key: v.key.trim(),
    name: v.name.trim(),
    description: orNull(v.description),
    unit: v.unit,
    direction: v.direction,
    actionFieldLineageId: orNull(v.actionFieldLineageId),
    goalLineageId: v.actionFieldLineageId ? orNull(v.goalLineageId) : null,
    source: orNull(v.source),
    periodicity: v.periodicity,
    publishable: v.publishable,
    aggregation: v.aggregation,
    numeratorId: ratio ? orNull(v.numeratorId) : null,
    denominatorId: ratio ? orNull(v.denominatorId) : null,
    partnerIds: v.partnerIds,
    isProposal,
  };
}

/** A stored indicator as the body that saves it unchanged (used to adopt a proposal). */
export function inputOf(indicator: Indicator): IndicatorInput {
  return definitionInput(initialDefinition(indicator), indicator.isProposal);
}
