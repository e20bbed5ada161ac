/**
 * The concept's timeline: every resolution, what its effects touched, oldest first. A field's
 * timeline holds the resolutions whose effects reach that field: adopting or confirming a
 * version reaches every field; a focus, a grant or a purpose reaches the fields it names;
 * reporting duties concern the concept as a whole.
 */
export interface TimelineEffect {
  type: string;
  actionFieldLineageId?: string | null;
  purpose?: { actionFieldLineageId?: string | null }[];
}

export interface TimelineResolution<E extends TimelineEffect = TimelineEffect> {
  id: string;
  decidedOn: string;
  recordedAt: string;
  effects: E[];
  correctsResolutionId: string | null;
}

export type FieldReach = "all" | string[];

export function fieldsReachedBy(effect: TimelineEffect): FieldReach {
  switch (effect.type) {
    case "adoptConceptVersion":
    case "confirmConceptVersion":
      return "all";
    case "setFocus":
      return effect.actionFieldLineageId ? [effect.actionFieldLineageId] : [];
    case "grantFund":
    case "changeFundPurpose":
      return [
        ...new Set(
          (effect.purpose ?? [])
            .map((p) => p.actionFieldLineageId)
            .filter((id): id is string => Boolean(id)),
        ),
      ];
    default:
      return [];
  }
}

function reachesField(effect: TimelineEffect, lineageId: string): boolean {
  const reach = fieldsReachedBy(effect);
  return reach === "all" || reach.includes(lineageId);
}

export interface TimelineEntry<R> {
  resolution: R;
  /** Ids of later resolutions that correct this one. */
  correctedBy: string[];
}

/** All resolutions in the order they were decided (then recorded); with a field, only those reaching it. */
export function buildTimeline<R extends TimelineResolution>(
  resolutions: R[],
  actionFieldLineageId?: string,
): TimelineEntry<R>[] {
  const corrections = new Map<string, string[]>();
  for (const r of resolutions) {
    if (r.correctsResolutionId) {
      corrections.set(r.correctsResolutionId, [
        ...(corrections.get(r.correctsResolutionId) ?? []),
        r.id,
      ]);
    }
  }
  return resolutions
    .filter(
      (r) => !actionFieldLineageId || r.effects.some((e) => reachesField(e, actionFieldLineageId)),
    )
    .sort((a, b) =>
      a.decidedOn === b.decidedOn
        ? a.recordedAt.localeCompare(b.recordedAt)
        : a.decidedOn.localeCompare(b.decidedOn),
    )
    .map((resolution) => ({ resolution, correctedBy: corrections.get(resolution.id) ?? [] }));
}
