/**
 * A paper (Vorlage) as a document: plain data, already in the document's language. The DOCX
 * and PDF renderers are pure functions of it, so the same data gives the same document.
 */
export interface PaperDocument {
  /** Issuing authority, e.g. "Landkreis Rotenburg (Wümme)". */
  issuer: string;
  /** "Beschlussvorlage" or "Mitteilungsvorlage". */
  kindLabel: string;
  reference: string | null;
  /** Formatted date of the paper, or null. */
  date: string | null;
  leadUnit: string | null;
  title: string;
  statementOfFacts: string;
  proposedResolution: string | null;
  financialImpact: string | null;
  consultations: ConsultationRow[];
  /** Fixed labels of the layout (German by default). */
  labels: PaperLabels;
}

export interface ConsultationRow {
  committee: string;
  meeting: string;
  role: string;
  outcome: string;
}

export interface PaperLabels {
  reference: string;
  date: string;
  leadUnit: string;
  title: string;
  statementOfFacts: string;
  proposedResolution: string;
  financialImpact: string;
  consultations: string;
  committee: string;
  meeting: string;
  role: string;
  outcome: string;
  none: string;
}

export const germanPaperLabels: PaperLabels = {
  reference: "Vorlagennummer",
  date: "Datum",
  leadUnit: "Federführung",
  title: "Bezeichnung",
  statementOfFacts: "Sachverhalt",
  proposedResolution: "Beschlussvorschlag",
  financialImpact: "Finanzielle Auswirkungen",
  consultations: "Beratungsfolge",
  committee: "Gremium",
  meeting: "Sitzung",
  role: "Zuständigkeit",
  outcome: "Ergebnis",
  none: "–",
};

/** The parts of a Sitzungsvorlage, in order: head facts, then the titled sections. */
export function paperSections(doc: PaperDocument): { heading: string; text: string }[] {
  const { labels } = doc;
  return [
    { heading: labels.statementOfFacts, text: doc.statementOfFacts || labels.none },
    { heading: labels.proposedResolution, text: doc.proposedResolution || labels.none },
    { heading: labels.financialImpact, text: doc.financialImpact || labels.none },
  ];
}

export function paperHeadFacts(doc: PaperDocument): [string, string][] {
  const { labels } = doc;
  return [
    [labels.reference, doc.reference ?? labels.none],
    [labels.date, doc.date ?? labels.none],
    [labels.leadUnit, doc.leadUnit ?? labels.none],
  ];
}

export function consultationTable(doc: PaperDocument): { header: string[]; rows: string[][] } {
  const { labels } = doc;
  return {
    header: [labels.committee, labels.meeting, labels.role, labels.outcome],
    rows: doc.consultations.map((c) => [c.committee, c.meeting, c.role, c.outcome]),
  };
}

/** A file name from the paper: reference and title, safe on every file system. */
export function paperFileName(doc: Pick<PaperDocument, "reference" | "title">, ext: string) {
  const base = [doc.reference, doc.title]
    .filter(Boolean)
    .join(" ")
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120)
    .trim();
  return `${base || "Vorlage"}.${ext}`;
}
