import { germanDate } from "./dates";
import { formatEuro } from "./money";

/**
 * Vorlagen drafted from data: from a fund's figures and forecast Kurs writes the paper
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

/** What Kurs drafts a paper from, beyond a fund: a concept draft or a finalised report. */
export const dataPaperSources = ["conceptDraft", "report"] as const;
export type DataPaperSource = (typeof dataPaperSources)[number];

export interface ConceptChangeFacts {
  type: "added" | "removed" | "renamed" | "described" | "moved";
  kind: "actionField" | "goal" | "recommendation";
  title: string;
  previousTitle?: string;
  /** Title of the parent (added, removed, moved to) and of the previous parent (moved from). */
  parentTitle?: string | null;
  previousParentTitle?: string | null;
  /** A removed item whose measures, funds and figures go to this one. */
  relinkedToTitle?: string | null;
}

export interface ConceptPaperFacts {
  draft: { number: number; title: string };
  adopted: { number: number; title: string; adoptedOn: string | null } | null;
  changes: ConceptChangeFacts[];
}

const itemLabels: Record<ConceptChangeFacts["kind"], string> = {
  actionField: "Handlungsfeld",
  goal: "Handlungsziel",
  recommendation: "Handlungsempfehlung",
};

const under = (title: string | null | undefined) => (title ? ` (unter „${title}“)` : "");

/** One change of the draft against the adopted concept, as a line of the Sachverhalt. */
function conceptChangeText(c: ConceptChangeFacts): string {
  const item = `${itemLabels[c.kind]} „${c.title}“`;
  switch (c.type) {
    case "added":
      return `- neu: ${item}${under(c.parentTitle)}`;
    case "removed":
      return `- entfällt: ${item}${under(c.parentTitle)}${
        c.relinkedToTitle
          ? `; zugeordnete Maßnahmen, Mittel und Kennzahlen gehen auf „${c.relinkedToTitle}“ über`
          : ""
      }`;
    case "renamed":
      return `- umbenannt: ${itemLabels[c.kind]} „${c.previousTitle ?? "?"}“ heißt jetzt „${c.title}“`;
    case "described":
      return `- neu gefasst: ${c.kind === "actionField" ? "Leitziel" : "Beschreibung"} von ${item}`;
    case "moved":
      return c.previousParentTitle !== c.parentTitle
        ? `- verschoben: ${item} von „${c.previousParentTitle ?? "?"}“ nach „${c.parentTitle ?? "?"}“`
        : `- neu eingeordnet: ${item}${under(c.parentTitle)}`;
  }
}

const versionLabel = (v: { number: number; title: string }) => `Fassung ${v.number} „${v.title}“`;

/** Adopt a concept draft (effect: adoptConceptVersion); the Sachverhalt lists its changes. */
export function conceptVersionPaper(f: ConceptPaperFacts): PaperText {
  const draft = versionLabel(f.draft);
  const basis = f.adopted
    ? `Das geltende Integrationskonzept ist die ${versionLabel(f.adopted)}${
        f.adopted.adoptedOn ? `, beschlossen am ${germanDate(f.adopted.adoptedOn)}` : ""
      }. Die Verwaltung hat es fortgeschrieben; der Entwurf liegt als ${draft} vor.`
    : `Ein beschlossenes Integrationskonzept gibt es noch nicht. Der Entwurf liegt als ${draft} vor.`;
  const changes = f.changes.length
    ? [
        f.adopted
          ? `Gegenüber der geltenden Fassung ändert der Entwurf (${f.changes.length} ${f.changes.length === 1 ? "Änderung" : "Änderungen"}):`
          : `Der Entwurf enthält (${f.changes.length} ${f.changes.length === 1 ? "Eintrag" : "Einträge"}):`,
        ...f.changes.map(conceptChangeText),
      ].join("\n")
    : "Der Entwurf ändert den Inhalt der geltenden Fassung nicht.";
  return {
    title: `Fortschreibung des Integrationskonzepts: Beschluss der ${draft}`,
    statementOfFacts: [basis, changes].join("\n\n"),
    proposedResolution: `Die ${draft} des Integrationskonzepts wird beschlossen. Sie tritt mit dem Tag des Beschlusses an die Stelle der bisher geltenden Fassung.`,
    financialImpact:
      "Keine unmittelbaren. Maßnahmen, Haushaltsmittel und Kennzahlen entfallender Einträge gehen auf die genannten Einträge über.",
  };
}

export interface ReportPaperFacts {
  title: string;
  committee: string;
  periodFrom: string;
  periodTo: string;
  finalisedOn: string;
  /** Measures by status label, in the report's order. */
  measures: { total: number; byStatus: { label: string; count: number }[] };
  money: { grantedCents: number; boundCents: number; paidCents: number } | null;
  openFollowUps: number;
}

/** A finalised Sachstandsbericht presented to the committee zur Kenntnisnahme. */
export function reportPaper(f: ReportPaperFacts): PaperText {
  const period = `${germanDate(f.periodFrom)} bis ${germanDate(f.periodTo)}`;
  const lines = [
    `Die Verwaltung berichtet dem ${f.committee} über den Stand der Umsetzung des Integrationskonzepts im Zeitraum vom ${period}. Der Sachstandsbericht „${f.title}“ wurde am ${germanDate(f.finalisedOn)} abgeschlossen und ist als Anlage beigefügt.`,
  ];
  const status = f.measures.byStatus
    .filter((s) => s.count > 0)
    .map((s) => `- ${s.label}: ${s.count}`);
  lines.push(
    [
      `Der Bericht umfasst ${f.measures.total} ${f.measures.total === 1 ? "Maßnahme" : "Maßnahmen"}.`,
      ...status,
    ].join("\n"),
  );
  if (f.money)
    lines.push(
      [
        "Haushaltsmittel zum Ende des Berichtszeitraums:",
        `- bewilligt: ${formatEuro(f.money.grantedCents)}`,
        `- gebunden: ${formatEuro(f.money.boundCents)}`,
        `- ausgezahlt: ${formatEuro(f.money.paidCents)}`,
      ].join("\n"),
    );
  if (f.openFollowUps > 0)
    lines.push(
      `Zur Umsetzung früherer Beschlüsse ${f.openFollowUps === 1 ? "ist eine Aufgabe" : `sind ${f.openFollowUps} Aufgaben`} noch offen; der Bericht nennt sie.`,
    );
  return {
    title: `${f.title} (Berichtszeitraum ${period})`,
    statementOfFacts: lines.join("\n\n"),
    proposedResolution: `Der ${f.committee} nimmt den Sachstandsbericht über den Zeitraum vom ${period} zur Kenntnis.`,
    financialImpact: "Keine.",
  };
}
