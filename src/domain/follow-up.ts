import { germanDate } from "./dates";

/** Beschlussverfolgung: the rules of a resolution's follow-ups. */

export const followUpStates = ["open", "inProgress", "done", "overtaken"] as const;
export type FollowUpState = (typeof followUpStates)[number];

/** Done and overtaken follow-ups are closed; open and in-progress ones still need work. */
export const closedFollowUpStates = [
  "done",
  "overtaken",
] as const satisfies readonly FollowUpState[];
export const isClosedState = (state: FollowUpState) =>
  (closedFollowUpStates as readonly FollowUpState[]).includes(state);

/** German labels of the states, for documents (the web has its own i18n labels). */
export const followUpStateLabels: Record<FollowUpState, string> = {
  open: "offen",
  inProgress: "in Arbeit",
  done: "erledigt",
  overtaken: "überholt",
};

/** Past its due date and still open or in progress, as of `today`. */
export function isOverdue(
  f: { dueOn: string | null; state: FollowUpState },
  today: string,
): boolean {
  return f.dueOn !== null && !isClosedState(f.state) && f.dueOn < today;
}

/**
 * What the follow-up of an effect Kurs applied itself says was done (in German, the language of
 * the county's records). `name` is the name of the thing it changed, when there is one.
 */
export function effectFollowUpTitle(
  effect: { type: string; validFrom?: string | null; name?: string; fiscalYear?: number },
  name: string | null,
  decidedOn: string,
): string {
  const from = germanDate(effect.validFrom ?? decidedOn);
  switch (effect.type) {
    case "adoptConceptVersion":
      return `Integrationskonzept${name ? ` „${name}“` : ""} als geltende Fassung übernommen`;
    case "confirmConceptVersion":
      return `Geltendes Integrationskonzept${name ? ` „${name}“` : ""} bestätigt`;
    case "setFocus":
      return `Schwerpunkt${name ? ` „${name}“` : ""} ab ${from} gesetzt`;
    case "grantFund":
      return `Haushaltsmittel „${effect.name ?? name ?? ""}“ (${effect.fiscalYear ?? ""}) angelegt`;
    case "changeFundPurpose":
      return `Zweckbindung der Haushaltsmittel${name ? ` „${name}“` : ""} ab ${from} geändert`;
    case "requireReporting":
      return `Berichtspflicht${name ? ` an ${name}` : ""} ab ${from} eingerichtet`;
    case "endReporting":
      return "Berichtspflicht beendet";
    default:
      return "Wirkung des Beschlusses angewandt";
  }
}
