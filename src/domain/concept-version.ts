import { DomainError } from "./errors";

export type ConceptVersionStatus = "draft" | "adopted" | "superseded";

/** An adopted (or superseded) version never changes: invariant 5. */
export function assertVersionEditable(status: ConceptVersionStatus): void {
  if (status !== "draft") {
    throw new DomainError("conflict", "conceptVersion.notDraft", { status });
  }
}
