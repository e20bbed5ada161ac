import { measureStatuses } from "../../domain/measure-status";
import { formatEuro as euro, formatEuroDelta as euroDelta } from "../../domain/money";
import { decimal2, germanDate, germanMonth } from "./german-format";
import { type ReportChart, reportCharts } from "./report-charts";
import type { ReportSnapshot } from "./report-snapshot";

/**
 * A committee report as a list of layout blocks, in German (the language of the county's
 * papers). DOCX, PDF and HTML all render these blocks, so the three files say the same, and
 * each is a pure function of the snapshot.
 */
export type ReportBlock =
  | { kind: "issuer"; text: string }
  | { kind: "kind"; text: string }
  | { kind: "facts"; pairs: [string, string][] }
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "text"; text: string; bold?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; header: string[]; rows: string[][]; numeric: boolean[] }
  | ({ kind: "chart" } & ReportChart);

export const statusLabels = {
  planned: "geplant",
  inProgress: "laufend",
  completed: "abgeschlossen",
  paused: "pausiert",
  dropped: "eingestellt",
} as const;

const lightLabels: Record<string, string> = {
  green: "grün",
  yellow: "gelb",
  red: "rot",
  grey: "grau",
};

export const noIndicators = "Noch keine Kennzahlen erfasst.";

const none = "–";
const listOrNone = (items: string[]) => (items.length ? items.join("; ") : none);

function conceptBlocks(s: ReportSnapshot): ReportBlock[] {
  const c = s.concept;
  const lines: string[] = [];
  if (c.title)
    lines.push(
      `Grundlage ist das Integrationskonzept „${c.title}“${c.adoptedOn ? `, beschlossen am ${germanDate(c.adoptedOn)}` : ""}${c.adoptedBy ? ` durch ${c.adoptedBy}` : ""}.`,
    );
  else lines.push("Es liegt noch kein beschlossenes Integrationskonzept vor.");
  if (c.focus)
    lines.push(
      `Strategischer Schwerpunkt ist das Handlungsfeld „${c.focus.actionField}“${c.focus.validFrom ? ` (seit ${germanDate(c.focus.validFrom)}${c.focus.validTo ? ` bis ${germanDate(c.focus.validTo)}` : ""})` : ""}.`,
    );
  else lines.push("Ein strategischer Schwerpunkt ist nicht festgelegt.");
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 3, text: "Integrationskonzept und Schwerpunkt" },
    { kind: "text", text: lines.join("\n\n") },
  ];
  if (c.focus?.basis) blocks.push({ kind: "text", text: c.focus.basis });
  if (c.decisions.length)
    blocks.push(
      { kind: "text", text: "Zugrunde liegende Beschlüsse:", bold: true },
      {
        kind: "list",
        items: c.decisions.map((d) => `${germanDate(d.decidedOn)}, ${d.committee}: ${d.text}`),
      },
    );
  return blocks;
}

function measureBlocks(s: ReportSnapshot): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 3, text: "Maßnahmen nach Handlungsfeldern" },
    {
      kind: "table",
      caption: "Maßnahmen je Handlungsfeld nach Stand",
      header: ["Handlungsfeld", ...measureStatuses.map((st) => statusLabels[st]), "überfällig"],
      rows: s.actionFields.map((f) => [
        `${f.position}. ${f.title}${f.isFocus ? " (Schwerpunkt)" : ""}`,
        ...measureStatuses.map((st) => String(f.byStatus[st])),
        String(f.overdue.length),
      ]),
      numeric: [false, ...measureStatuses.map(() => true), true],
    },
  ];
  for (const f of s.actionFields) {
    const active = f.startedInPeriod.length + f.endedInPeriod.length + f.overdue.length;
    if (!active) continue;
    blocks.push(
      { kind: "text", text: `${f.position}. ${f.title}`, bold: true },
      {
        kind: "list",
        items: [
          `Im Berichtszeitraum begonnen: ${listOrNone(f.startedInPeriod)}`,
          `Im Berichtszeitraum beendet: ${listOrNone(f.endedInPeriod)}`,
          `Überfällig: ${listOrNone(f.overdue)}`,
        ],
      },
    );
  }
  return blocks;
}

function moneyBlocks(s: ReportSnapshot): ReportBlock[] {
  return [
    { kind: "heading", level: 3, text: "Finanzen" },
    {
      kind: "table",
      caption:
        "Mittel je Haushaltsansatz (bewilligt = gebunden + gezahlt + gesperrt + verfallen + frei)",
      header: [
        "Mittel",
        "Jahr",
        "bewilligt",
        "gebunden",
        "gezahlt",
        "gesperrt",
        "verfallen",
        "frei",
      ],
      rows: s.money.funds.map((f) => [
        f.name,
        String(f.fiscalYear),
        euro(f.grantedCents),
        euro(f.boundCents),
        euro(f.paidCents),
        f.blockedCents === undefined ? "–" : euro(f.blockedCents),
        f.lapsedCents === undefined ? "–" : euro(f.lapsedCents),
        euro(f.freeCents),
      ]),
      numeric: [false, true, true, true, true, true, true, true],
    },
    {
      kind: "table",
      caption: "Gebundene und gezahlte Mittel je Handlungsfeld",
      header: ["Handlungsfeld", "gebunden", "gezahlt"],
      rows: s.money.fields.map((f) => [f.title, euro(f.boundCents), euro(f.paidCents)]),
      numeric: [false, true, true],
    },
  ];
}

function capacityBlocks(s: ReportSnapshot): ReportBlock[] {
  const c = s.capacity;
  const text =
    c.capacityFte === 0 && c.demandFte === 0
      ? "Für den Berichtszeitraum sind keine Stellen und Einsätze erfasst."
      : `Im Berichtszeitraum (${c.months} Monate) standen durchschnittlich ${decimal2(c.capacityFte)} Vollzeitäquivalente zur Verfügung; für Maßnahmen eingeplant waren durchschnittlich ${decimal2(c.demandFte)} VZÄ.`;
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 3, text: "Personal" },
    { kind: "text", text },
  ];
  if (c.overAllocatedMonths.length)
    blocks.push({
      kind: "text",
      text: `Überplant: ${c.overAllocatedMonths.map(germanMonth).join(", ")}.`,
    });
  return blocks;
}

function indicatorBlocks(s: ReportSnapshot): ReportBlock[] {
  const heading: ReportBlock = { kind: "heading", level: 3, text: "Kennzahlen" };
  if (s.indicators.status === "noData") return [heading, { kind: "text", text: noIndicators }];
  return [
    heading,
    {
      kind: "table",
      caption: "Kennzahlen und Zielwerte",
      header: ["Kennzahl", "Wert", "Ziel", "Ampel"],
      rows: s.indicators.items.map((i) => [
        i.name,
        i.value === null ? none : `${decimal2(i.value)}${i.unit ? ` ${i.unit}` : ""}`,
        i.target === null ? none : `${decimal2(i.target)}${i.unit ? ` ${i.unit}` : ""}`,
        lightLabels[i.light] ?? i.light,
      ]),
      numeric: [false, true, true, false],
    },
    ...reportCharts(s).map((chart): ReportBlock => ({ kind: "chart", ...chart })),
  ];
}

function sinceBlocks(s: ReportSnapshot): ReportBlock[] {
  const since = s.sinceLastReport;
  const heading: ReportBlock = { kind: "heading", level: 3, text: "Seit dem letzten Bericht" };
  if (!since.previous)
    return [heading, { kind: "text", text: "Dies ist der erste Bericht an dieses Gremium." }];
  const blocks: ReportBlock[] = [
    heading,
    {
      kind: "text",
      text: `Verglichen mit dem Bericht „${since.previous.title}“ (Berichtszeitraum bis ${germanDate(since.previous.periodTo)}, abgeschlossen am ${germanDate(since.previous.finalisedOn)}):`,
    },
    {
      kind: "list",
      items: [
        `Neue Maßnahmen: ${listOrNone(since.newMeasures)}`,
        `Abgeschlossene Maßnahmen: ${listOrNone(since.finishedMeasures)}`,
        `Kennzahlen mit geänderter Ampel: ${listOrNone(since.indicatorsChanged.map((i) => `${i.name} (${lightLabels[i.from] ?? i.from} → ${lightLabels[i.to] ?? i.to})`))}`,
      ],
    },
  ];
  blocks.push({
    kind: "table",
    caption: "Mittelbewegungen seit dem letzten Bericht",
    header: ["Mittel", "Bindung", "Zahlung"],
    rows: since.money.map((m) => [
      m.name,
      euroDelta(m.boundDeltaCents),
      euroDelta(m.paidDeltaCents),
    ]),
    numeric: [false, true, true],
  });
  return blocks;
}

/** The head facts of the report. */
export function reportFacts(s: ReportSnapshot): [string, string][] {
  return [
    ["Gremium", s.committee.name],
    ["Berichtszeitraum", `${germanDate(s.period.from)} – ${germanDate(s.period.to)}`],
    ["Stand der Zahlen", germanDate(s.asOf)],
    ["Sitzung", s.publicSession ? "öffentlich" : "nicht öffentlich"],
    ["Fassung", s.status === "final" ? "endgültig" : "Entwurf"],
  ];
}

export function reportBlocks(s: ReportSnapshot): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: "issuer", text: s.issuer },
    { kind: "kind", text: "Mitteilungsvorlage" },
    { kind: "facts", pairs: reportFacts(s) },
    { kind: "heading", level: 2, text: "Bezeichnung" },
    { kind: "text", text: s.title, bold: true },
    { kind: "heading", level: 2, text: "Sachverhalt" },
  ];
  if (s.introText.trim()) blocks.push({ kind: "text", text: s.introText });
  blocks.push(
    ...conceptBlocks(s),
    ...measureBlocks(s),
    ...moneyBlocks(s),
    ...capacityBlocks(s),
    ...indicatorBlocks(s),
    ...sinceBlocks(s),
  );
  if (s.closingText.trim()) blocks.push({ kind: "text", text: s.closingText });
  if (s.proposedResolution?.trim())
    blocks.push(
      { kind: "heading", level: 2, text: "Beschlussvorschlag" },
      { kind: "text", text: s.proposedResolution },
    );
  return blocks;
}

/** The footer line (page numbers are added by each format). */
export function reportFooter(s: ReportSnapshot): string {
  return `${s.issuer} – ${s.title}`;
}

/** A file name from the report title, safe on every file system. */
export function reportFileName(s: Pick<ReportSnapshot, "title" | "period">, ext: string): string {
  const base = `${s.title} ${s.period.to}`
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120)
    .trim();
  return `${base || "Bericht"}.${ext}`;
}
