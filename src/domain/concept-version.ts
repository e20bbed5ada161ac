import { DomainError } from "./errors";

export type ConceptVersionStatus = "draft" | "adopted" | "superseded";

/** An adopted (or superseded) version never changes; only drafts are edited. */
export function assertVersionEditable(status: ConceptVersionStatus): void {
  if (status !== "draft") {
    throw new DomainError("conflict", "conceptVersion.notDraft", { status });
  }
}
