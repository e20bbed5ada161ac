import type { ConceptVersion } from "../../contract/concept";

/** True when anything in the version is example data (and the page must explain it). */
export function containsExamples(version: ConceptVersion): boolean {
  return version.actionFields.some(
    (field) =>
      field.isExample ||
      field.goals.some((goal) => goal.isExample || goal.recommendations.some((r) => r.isExample)),
  );
}
