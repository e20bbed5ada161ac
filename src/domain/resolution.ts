import type { ResolutionOutcome as Outcome } from "./council-vocabulary";
import { DomainError } from "./errors";

/** Effects take hold only when the committee adopted the proposal (as is or amended). */
export function effectsApply(outcome: Outcome): boolean {
  return outcome === "adopted" || outcome === "adoptedAmended";
}

/** A resolution that is not adopted cannot change anything: refuse effects on it. */
export function assertEffectsAllowed(outcome: Outcome, effectCount: number): void {
  if (effectCount > 0 && !effectsApply(outcome)) {
    throw new DomainError("invalid", "resolution.effectsNeedAdoption", {}, "effects");
  }
}

/** The ISO date before `iso` (periods close the day before the next one starts). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface PurposeSpec {
  kind: "actionField" | "goal" | "recommendation" | "measure" | "measureType";
  actionFieldLineageId?: string | null;
  targetId?: string | null;
  measureTypeId?: string | null;
}

/** Which reference each kind of purpose entry needs; returns the missing field or null. */
export function missingPurposeReference(spec: PurposeSpec): string | null {
  switch (spec.kind) {
    case "actionField":
      return spec.actionFieldLineageId ? null : "actionFieldLineageId";
    case "measureType":
      return spec.measureTypeId ? null : "measureTypeId";
    default:
      return spec.targetId ? null : "targetId";
  }
}
