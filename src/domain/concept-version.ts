import { DomainError } from "./errors";

export const conceptVersionStatuses = ["draft", "adopted", "superseded"] as const;
export type ConceptVersionStatus = (typeof conceptVersionStatuses)[number];

/** What the council decided on a recommendation (Handlungsempfehlung) of a version. */
export const recommendationStatuses = ["adopted", "deferred", "dropped"] as const;

/** An adopted (or superseded) version never changes; only drafts are edited. */
export function assertVersionEditable(status: ConceptVersionStatus): void {
  if (status !== "draft") {
    throw new DomainError("conflict", "conceptVersion.notDraft", { status });
  }
}
