import type { MeasureStatus } from "../../domain/measure-status";
import { germanLightName } from "../../domain/progress-import";

/** The German words of a committee report for statuses and traffic lights. */

export const statusLabels: Record<MeasureStatus, string> = {
  planned: "geplant",
  inProgress: "laufend",
  completed: "abgeschlossen",
  paused: "pausiert",
  dropped: "eingestellt",
};

export const lightLabels: Record<string, string> = germanLightName;
