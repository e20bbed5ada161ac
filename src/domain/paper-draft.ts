import { germanDate } from "./dates";
import { formatEuro } from "./money";

/**
 * Vorlagen drafted from data (issue 24): from a fund's figures and forecast Kurs writes the paper
 * — Bezeichnung, Sachverhalt with the figures, Beschlussvorschlag, finanzielle Auswirkungen — for
 * the office to edit. German: the language of the county's records. Pure text; the server reads
 * the facts and stores the paper with its Beratungsfolge and proposed effects.
 */

/** What Kurs drafts a paper from, starting at a fund. */
export const fundPaperKinds = ["widenPurpose", "carryOver"] as const;
export type FundPaperKind = (typeof fundPaperKinds)[number];

export interface PaperText {
  title: string;
  statementOfFacts: string;
  proposedResolution: string;
  financialImpact: string;
}

export interface PurposeFacts {
  kind: "actionField" | "goal" | "recommendation" | "measure" | "measureType";
  actionField: string | null;
  measureType: string | null;
}

export interface FundPaperFacts {
  name: string;
  fiscalYear: number;
  budgetLine: string | null;
  /** Who granted it, when Kurs knows. */
  grantedBy: { committee: string; decidedOn: string } | null;
  grantedCents: number;
  committedCents: number;
  paidCents: number;
  availableCents: number;
  /** The forecast's rest on 31 December (domain/budget-forecast); 0 when nothing would lapse. */
  projectedRestCents: number;
  /** The purpose in force today. */
  purpose: PurposeFacts[];
  /** The day of the figures (today). */
  asOf: string;
}

const purposeKindLabels: Record<PurposeFacts["kind"], string> = {
  actionField: "das Handlungsfeld",
  goal: "ein Handlungsziel",
  recommendation: "eine Handlungsempfehlung",
  measure: "eine Maßnahme",
  measureType: "die Maßnahmenart",
};

/** One entry of a purpose in words, e.g. „das Handlungsfeld „Sprache und Bildung““. */
export function purposeText(p: PurposeFacts): string {
  if (p.kind === "actionField") return `das Handlungsfeld „${p.actionField ?? "?"}“`;
  if (p.kind === "measureType")
    return `die Maßnahmenart „${p.measureType ?? "?"}“${p.actionField ? ` im Handlungsfeld „${p.actionField}“` : ""}`;
  return `${purposeKindLabels[p.kind]}${p.actionField ? ` im Handlungsfeld „${p.actionField}“` : ""}`;
}

const fundLabel = (f: FundPaperFacts) => `„${f.name}“ (Haushaltsjahr ${f.fiscalYear})`;

function figures(f: FundPaperFacts): string {
  const lines = [
    `Stand der Mittel am ${germanDate(f.asOf)}:`,
    `- bewilligt: ${formatEuro(f.grantedCents)}`,
    `- gebunden: ${formatEuro(f.committedCents)}`,
    `- ausgezahlt: ${formatEuro(f.paidCents)}`,
    `- verfügbar: ${formatEuro(f.availableCents)}`,
  ];
  if (f.projectedRestCents > 0)
    lines.push(
      "",
      `Nach dem bisherigen Mittelabfluss bleiben zum 31.12.${f.fiscalYear} voraussichtlich ${formatEuro(f.projectedRestCents)} ungenutzt. Sie verfallen, wenn nichts beschlossen wird.`,
    );
  return lines.join("\n");
}

function origin(f: FundPaperFacts): string {
  const granted = f.grantedBy
    ? `Der ${f.grantedBy.committee} hat am ${germanDate(f.grantedBy.decidedOn)} die Haushaltsmittel ${fundLabel(f)} bereitgestellt`
    : `Für das Haushaltsjahr ${f.fiscalYear} stehen die Haushaltsmittel ${fundLabel(f)} bereit`;
  const line = f.budgetLine ? ` (Haushaltsstelle ${f.budgetLine})` : "";
  const purpose = f.purpose.length
    ? ` Sie sind gebunden an ${f.purpose.map(purposeText).join("; ")}.`
    : " Eine Zweckbindung ist nicht erfasst.";
  return `${granted}${line}.${purpose}`;
}

/** Widen a fund's purpose by a whole action field (effect: changeFundPurpose). */
export function widenPurposePaper(f: FundPaperFacts, field: string): PaperText {
  return {
    title: `Erweiterung der Zweckbindung der Haushaltsmittel ${fundLabel(f)} um das Handlungsfeld „${field}“`,
    statementOfFacts: [
      origin(f),
      figures(f),
      `Im Handlungsfeld „${field}“ gibt es Bedarf, für den die Mittel bisher nicht eingesetzt werden dürfen. Die Verwaltung schlägt vor, die Zweckbindung um dieses Handlungsfeld zu erweitern; die bisherige Zweckbindung bleibt bestehen.`,
    ].join("\n\n"),
    proposedResolution: `Die Zweckbindung der Haushaltsmittel ${fundLabel(f)} wird mit Wirkung vom Tag des Beschlusses um das Handlungsfeld „${field}“ erweitert. Die bisherige Zweckbindung bleibt bestehen.`,
    financialImpact: `Keine zusätzlichen Mittel. Die bewilligten ${formatEuro(f.grantedCents)} können im Haushaltsjahr ${f.fiscalYear} auch im Handlungsfeld „${field}“ eingesetzt werden.`,
  };
}

/** Carry a fund's free rest into the next fiscal year as Haushaltsrest (booked at year close). */
export function carryOverPaper(f: FundPaperFacts): PaperText {
  const next = f.fiscalYear + 1;
  const amount =
    f.projectedRestCents > 0
      ? `voraussichtlich ${formatEuro(f.projectedRestCents)}`
      : `derzeit ${formatEuro(f.availableCents)} verfügbar`;
  return {
    title: `Übertragung eines Haushaltsrestes der Haushaltsmittel ${fundLabel(f)} in das Haushaltsjahr ${next}`,
    statementOfFacts: [
      origin(f),
      figures(f),
      `Damit begonnene Maßnahmen fortgeführt werden können, schlägt die Verwaltung vor, den am 31.12.${f.fiscalYear} nicht gebundenen Rest als Haushaltsrest in das Haushaltsjahr ${next} zu übertragen.`,
    ].join("\n\n"),
    proposedResolution: `Der am 31.12.${f.fiscalYear} nicht gebundene Rest der Haushaltsmittel ${fundLabel(f)} (${amount}) wird als Haushaltsrest in das Haushaltsjahr ${next} übertragen. Die Zweckbindung bleibt unverändert.`,
    financialImpact: `Der Haushaltsrest steht ${next} zusätzlich zum Ansatz zur Verfügung; er belastet den Haushalt ${next} nicht zusätzlich. Die Übertragung wird beim Jahresabschluss gebucht.`,
  };
}
