import { describe, expect, it } from "vitest";
import { tokenAccessLevels } from "../../domain/access-tokens";
import { fundSourceKinds } from "../../domain/budget-sources";
import { conceptItemKinds } from "../../domain/concept-diff";
import { conceptVersionStatuses, recommendationStatuses } from "../../domain/concept-version";
import {
  committeeKinds,
  consultationRoles,
  paperKinds,
  reportingCadences,
  resolutionOutcomes,
} from "../../domain/council-vocabulary";
import { reportFormats } from "../../domain/file-formats";
import {
  aggregations,
  indicatorDirections,
  indicatorUnits,
  observationStatuses,
  periodicities,
} from "../../domain/indicator";
import { approvalKinds, bookingKinds } from "../../domain/ledger";
import { legalTopics } from "../../domain/legal-topics";
import { overdueReasonKinds, trafficLights } from "../../domain/measure-progress";
import { measureStatuses } from "../../domain/measure-status";
import { municipalityKinds, partnerKinds } from "../../domain/partners";
import { translationLanguageCodes } from "../../domain/public-languages";
import { dutyStates } from "../../domain/reporting-schedule";
import { roles } from "../../domain/roles";
import de from "./locales/de.json";
import en from "./locales/en.json";

/**
 * The web shows a domain value through the label `prefix.value` (`t(\`measures.status.${s}\`)`):
 * every value of every list has a label in every language, so a value added to a list in
 * src/domain without its words fails here, not on a page.
 */
const labelled: { prefix: string; values: readonly string[]; suffix?: string }[] = [
  { prefix: "measures.status", values: measureStatuses },
  { prefix: "measures.light", values: trafficLights },
  { prefix: "measures.overdueReason", values: overdueReasonKinds },
  { prefix: "partner.kind", values: partnerKinds },
  { prefix: "byPlace.kinds", values: municipalityKinds },
  { prefix: "ledger.kind", values: bookingKinds },
  { prefix: "ledger.approvalKind", values: approvalKinds },
  { prefix: "ledger.sourceKind", values: fundSourceKinds },
  { prefix: "indicators.unit", values: indicatorUnits },
  { prefix: "indicators.periodicity", values: periodicities },
  { prefix: "indicators.direction", values: indicatorDirections },
  { prefix: "indicators.definitions.aggregationName", values: aggregations },
  // Superseded values are history: never listed, so never labelled.
  {
    prefix: "indicators.valueStatusName",
    values: observationStatuses.filter((s) => s !== "superseded"),
  },
  { prefix: "roles", values: roles },
  { prefix: "tokens.accessLevels", values: tokenAccessLevels },
  { prefix: "legal", values: legalTopics, suffix: "title" },
  { prefix: "measurePublication.lang", values: translationLanguageCodes },
  { prefix: "concept.versions.statuses", values: conceptVersionStatuses },
  { prefix: "concept.recommendationStatus", values: recommendationStatuses },
  { prefix: "concept.diff.kinds", values: conceptItemKinds },
  { prefix: "reportsPage.state", values: dutyStates },
  { prefix: "reportsPage.download", values: reportFormats },
  { prefix: "council.kinds", values: committeeKinds },
  { prefix: "overview.papers.kinds", values: paperKinds },
  { prefix: "overview.papers.roles", values: consultationRoles },
  { prefix: "council.outcomes", values: resolutionOutcomes },
  { prefix: "council.cadences", values: reportingCadences },
];

function label(resources: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined,
      resources,
    );
}

describe("every value of a domain list has a label in every language", () => {
  for (const [language, resources] of [
    ["de", de],
    ["en", en],
  ] as const) {
    it(language, () => {
      const missing = labelled.flatMap(({ prefix, values, suffix }) =>
        values
          .map((value) => [prefix, value, suffix].filter(Boolean).join("."))
          .filter((path) => {
            const text = label(resources, path);
            return typeof text !== "string" || !text.trim();
          }),
      );
      expect(missing).toEqual([]);
    });
  }
});
