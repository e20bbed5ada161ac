/** The German words of a committee report for statuses and traffic lights. */

export const statusLabels = {
  planned: "geplant",
  inProgress: "laufend",
  completed: "abgeschlossen",
  paused: "pausiert",
  dropped: "eingestellt",
} as const;

export const lightLabels: Record<string, string> = {
  green: "grün",
  yellow: "gelb",
  red: "rot",
  grey: "grau",
};
