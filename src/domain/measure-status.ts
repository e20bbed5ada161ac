import { DomainError } from "./errors";

/** The workflow of a measure: geplant → in Umsetzung → abgeschlossen; pausiert; verworfen. */
export const measureStatuses = ["planned", "inProgress", "completed", "paused", "dropped"] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

/**
 * The German word of each status, the one every reader shows: the web's German labels, the
 * committee reports (DOCX/PDF/HTML) and the public site (src/server/same-words.test.ts checks).
 */
export const measureStatusLabels: Record<MeasureStatus, string> = {
  planned: "geplant",
  inProgress: "in Umsetzung",
  completed: "abgeschlossen",
  paused: "pausiert",
  dropped: "verworfen",
};

/** Which status may follow which. Completed and dropped are final. */
export const allowedTransitions: Record<MeasureStatus, readonly MeasureStatus[]> = {
  planned: ["inProgress", "paused", "dropped"],
  inProgress: ["completed", "paused", "dropped"],
  paused: ["planned", "inProgress", "dropped"],
  completed: [],
  dropped: [],
};

export function canChangeStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/**
 * Checks one status change: allowed by the workflow, not before the last change and not in the
 * future (`today` is passed in).
 */
export function assertStatusChange(input: {
  from: MeasureStatus;
  to: MeasureStatus;
  changedOn: string;
  lastChangedOn: string | null;
  today: string;
}): void {
  if (!canChangeStatus(input.from, input.to)) {
    throw new DomainError(
      "conflict",
      "measure.statusTransition",
      { from: input.from, to: input.to },
      "status",
    );
  }
  if (input.changedOn > input.today) {
    throw new DomainError("invalid", "measure.statusInFuture", {}, "changedOn");
  }
  if (input.lastChangedOn && input.changedOn < input.lastChangedOn) {
    throw new DomainError(
      "invalid",
      "measure.statusBeforeLast",
      { date: input.lastChangedOn },
      "changedOn",
    );
  }
}

/** Statuses in which a measure is expected to report progress. */
export function isActive(status: MeasureStatus): boolean {
  return status === "planned" || status === "inProgress";
}
