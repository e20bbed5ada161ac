/**
 * The text of a grant notice (Zuwendungsbescheid): the county edits the template per
 * programme; {placeholders} are filled from the decision. Pure.
 */
import type { CostKind, FinancingType } from "./grants";

/** German names for documents (the web has its own in i18n). */
export const financingTypeNames: Record<FinancingType, string> = {
  deficit: "Fehlbedarfsfinanzierung",
  share: "Anteilfinanzierung",
  fixed: "Festbetragsfinanzierung",
};

export const costKindNames: Record<CostKind, string> = {
  staff: "Personalausgaben",
  fees: "Honorare",
  material: "Sachausgaben",
  rooms: "Raumkosten",
  travel: "Reisekosten",
  other: "Sonstige Ausgaben",
};

/** The placeholders a template may use. */
export const noticePlaceholders = [
  "organisation",
  "vorhaben",
  "betrag",
  "beantragt",
  "zeitraum",
  "finanzierungsart",
  "aktenzeichen",
  "datum",
  "landkreis",
  "foerderaufruf",
] as const;
export type NoticeValues = Record<(typeof noticePlaceholders)[number], string>;

export const defaultNoticeTemplate = `Sehr geehrte Damen und Herren,

auf Ihren Antrag für das Vorhaben „{vorhaben}“ bewillige ich Ihnen, {organisation}, im Rahmen des Förderaufrufs „{foerderaufruf}“ eine Zuwendung von

{betrag}

(beantragt: {beantragt}) als {finanzierungsart} zur Projektförderung für den Bewilligungszeitraum {zeitraum}.

Die Zuwendung ist zweckgebunden. Die nachstehenden Nebenbestimmungen sind Bestandteil dieses Bescheids. Mittel dürfen nur abgerufen werden, soweit sie alsbald nach der Auszahlung für fällige Zahlungen benötigt werden. Der Verwendungsnachweis ist fristgerecht vorzulegen; nicht verbrauchte Mittel werden zurückgefordert.`;

export const defaultLegalRemedy =
  "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim zuständigen Verwaltungsgericht erhoben werden.";

/** Fills {name} placeholders; an unknown placeholder stays as written. */
export function fillNoticeTemplate(template: string, values: NoticeValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? values[name as keyof NoticeValues] : whole,
  );
}
