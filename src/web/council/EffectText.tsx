import { useTranslation } from "react-i18next";
import type { ConceptTimeline } from "../../contract/concept-timeline";
import type { ResolutionEffectInput } from "../../contract/resolution";
import { useFormat } from "../i18n/useFormat";

export type EffectNames = ConceptTimeline["names"];

/** What one effect of a resolution changed, in words (names resolved from the timeline). */
export function EffectText({
  effect,
  names,
}: {
  effect: ResolutionEffectInput;
  names: EffectNames;
}) {
  return useEffectWords()(effect, names);
}

/** The words of `EffectText` as a function, for labels that take text. */
export function useEffectWords() {
  const { t } = useTranslation();
  const { date, money } = useFormat();
  return (effect: ResolutionEffectInput, names: EffectNames) => {
    const field = (lineage?: string | null) =>
      (lineage && names.actionFields[lineage]) || t("concept.timeline.unknown");
    // Each field once: a measure type in a field and the whole field name the same field.
    const fields = (purpose: { actionFieldLineageId?: string | null }[]) =>
      [...new Set(purpose.map((p) => p.actionFieldLineageId).filter(Boolean))]
        .map((lineage) => field(lineage))
        .join(", ") || t("concept.timeline.otherPurpose");
    switch (effect.type) {
      case "adoptConceptVersion":
      case "confirmConceptVersion": {
        const version = names.versions[effect.conceptVersionId];
        return t(`concept.timeline.effects.${effect.type}`, {
          number: version?.number ?? "?",
          title: version?.title ?? "",
        });
      }
      case "setFocus":
        return t("concept.timeline.effects.setFocus", {
          field: field(effect.actionFieldLineageId),
          from: effect.validFrom ? date(effect.validFrom) : t("concept.timeline.decisionDate"),
        });
      case "grantFund":
        return t("concept.timeline.effects.grantFund", {
          name: effect.name,
          amount: money(effect.estimateCents),
          year: effect.fiscalYear,
          purpose: fields(effect.purpose),
        });
      case "changeFundPurpose":
        return t("concept.timeline.effects.changeFundPurpose", {
          fund: names.funds[effect.fundId] ?? t("concept.timeline.unknown"),
          purpose: fields(effect.purpose),
        });
      case "requireReporting":
        return t("concept.timeline.effects.requireReporting", {
          committee: names.committees[effect.committeeId] ?? t("concept.timeline.unknown"),
          cadence: t(`council.cadences.${effect.cadence}`),
        });
      case "endReporting":
        return t("concept.timeline.effects.endReporting");
    }
  };
}
