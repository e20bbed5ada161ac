import { followUpStateLabels, isClosedState } from "../../../domain/follow-up";
import {
  measureStatuses,
  measureStatusLabels as statusLabels,
} from "../../../domain/measure-status";
import { formatEuro as euro, formatEuroDelta as euroDelta } from "../../../domain/money";
import { decimal2, germanDate, germanMonth } from "./german-format";
import { type ReportChart, reportCharts } from "./report-charts";
import { grantBlocks } from "./report-grant-blocks";
import { lightWord, measureStateBlocks } from "./report-measure-blocks";
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
  | { kind: "heading"; level: 2 | 3 | 4; text: string }
  | { kind: "text"; text: string; bold?: boolean; italic?: boolean }
  /** A table of contents: the level-2 and level-3 headings that follow it. */
  | { kind: "toc"; entries: { level: 2 | 3; text: string }[] }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; header: string[]; rows: string[][]; numeric: boolean[] }
  | ({ kind: "chart" } & ReportChart);

const noIndicators = "Noch keine Kennzahlen erfasst.";

const none = "–";
/** Names listed in running text at most; beyond that the list says how many more there are. */
const namesListed = 10;
const listOrNone = (items: string[]) =>
  !items.length
    ? none
    : items.length <= namesListed
      ? items.join("; ")
      : `${items.slice(0, namesListed).join("; ")} und ${items.length - namesListed} weitere (insgesamt ${items.length})`;

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

/** Proposals with values: named, with the hint that they are not adopted and so not evaluated. */
function proposalBlocks(s: ReportSnapshot): ReportBlock[] {
  const proposals = s.indicatorProposals ?? [];
  if (!proposals.length) return [];
  return [
    {
      kind: "text",
      text: `Für folgende Kennzahlen sind Werte erfasst; sie sind aber noch Vorschläge aus dem Startkatalog und nicht beschlossen, deshalb werden sie hier nicht ausgewertet: ${proposals
        .map((p) => `${p.name} (${p.values} ${p.values === 1 ? "Wert" : "Werte"})`)
        .join(
          "; ",
        )}. Übernimmt das Amt sie in den Kennzahlenkatalog, erscheinen sie im nächsten Bericht mit Ziel und Ampel.`,
    },
  ];
}

function indicatorBlocks(s: ReportSnapshot): ReportBlock[] {
  const heading: ReportBlock = { kind: "heading", level: 3, text: "Kennzahlen" };
  if (s.indicators.status === "noData")
    return [heading, { kind: "text", text: noIndicators }, ...proposalBlocks(s)];
  const charts = reportCharts(s);
  const items = s.indicators.items;
  const withChart = items.filter((i) => i.chart).length;
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
        lightWord(i.light),
      ]),
      numeric: [false, true, true, false],
    },
    ...(charts.length < withChart
      ? [
          {
            kind: "text",
            text: `Diagramme zeigen ${charts.length} von ${withChart} Kennzahlen (zuerst die mit roter und gelber Ampel); alle Werte stehen in der Tabelle.`,
          } satisfies ReportBlock,
        ]
      : []),
    ...charts.map((chart): ReportBlock => ({ kind: "chart", ...chart })),
    ...proposalBlocks(s),
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
        `Kennzahlen mit geänderter Ampel: ${listOrNone(since.indicatorsChanged.map((i) => `${i.name} (${lightWord(i.from)} → ${lightWord(i.to)})`))}`,
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

/**
 * Umsetzung der Beschlüsse: what the committee decided and what became of it — the follow-ups
 * still open and those closed in the period, as a table of the generic block model.
 */
function followUpBlocks(s: ReportSnapshot): ReportBlock[] {
  if (!s.followUps) return [];
  const heading: ReportBlock = { kind: "heading", level: 3, text: "Umsetzung der Beschlüsse" };
  if (!s.followUps.length)
    return [
      heading,
      {
        kind: "text",
        text: "Zu den Beschlüssen dieses Gremiums ist nichts offen und im Berichtszeitraum nichts erledigt worden.",
      },
    ];
  const open = s.followUps.filter((f) => !isClosedState(f.state)).length;
  const state = (f: (typeof s.followUps)[number]) =>
    [
      `${followUpStateLabels[f.state]}${f.closedOn ? ` am ${germanDate(f.closedOn)}` : ""}`,
      f.automatic ? "durch den Beschluss in Kurs umgesetzt" : null,
      f.overdue ? "überfällig" : null,
      f.latestNote ? `${germanDate(f.latestNote.on)}: ${f.latestNote.text}` : null,
    ]
      .filter(Boolean)
      .join("; ");
  return [
    heading,
    {
      kind: "text",
      text: `${open === 1 ? "Eine Aufgabe ist" : `${open} Aufgaben sind`} offen; ${s.followUps.length - open} im Berichtszeitraum erledigt oder überholt.`,
    },
    {
      kind: "table",
      caption: "Aufgaben zur Umsetzung der Beschlüsse",
      header: ["Beschluss", "Aufgabe", "zuständig", "fällig", "Stand"],
      rows: s.followUps.map((f) => [
        `${germanDate(f.decidedOn)}, ${f.resolution}`,
        f.title,
        f.responsible ?? none,
        f.dueOn ? germanDate(f.dueOn) : none,
        state(f),
      ]),
      numeric: [false, false, false, false, false],
    },
  ];
}

/** The head facts of the report. */
function reportFacts(s: ReportSnapshot): [string, string][] {
  const facts: [string, string][] = [["Gremium", s.committee.name]];
  if (s.presentedOn) facts.push(["Sitzung am", germanDate(s.presentedOn)]);
  if (s.paper)
    facts.push([
      "Vorlage",
      s.paper.reference ? `${s.paper.reference} – ${s.paper.title}` : s.paper.title,
    ]);
  facts.push(
    ["Berichtszeitraum", `${germanDate(s.period.from)} – ${germanDate(s.period.to)}`],
    ["Stand der Zahlen", germanDate(s.asOf)],
    ["Sitzung", s.publicSession ? "öffentlich" : "nicht öffentlich"],
    ["Fassung", s.status === "final" ? "endgültig" : "Entwurf"],
  );
  return facts;
}

/**
 * About how many pages the blocks fill (A4, the report's type sizes): rows of tables, list items
 * and paragraphs by their length, charts by their height. Enough to decide on a table of contents.
 */
function estimatedPages(blocks: ReportBlock[]): number {
  let lines = 0;
  for (const b of blocks) {
    if (b.kind === "table") lines += 3 + b.rows.length * 1.3;
    else if (b.kind === "list") lines += b.items.reduce((n, i) => n + Math.ceil(i.length / 90), 0);
    else if (b.kind === "text") lines += 1 + Math.ceil(b.text.length / 90);
    else if (b.kind === "chart") lines += 20;
    else lines += 2;
  }
  return lines / 48;
}

/** A table of contents once the report runs beyond a few pages. */
const tocFromPages = 4;

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
    ...measureStateBlocks(s),
    ...moneyBlocks(s),
    ...grantBlocks(s),
    ...capacityBlocks(s),
    ...indicatorBlocks(s),
    ...sinceBlocks(s),
    ...followUpBlocks(s),
  );
  if (s.closingText.trim()) blocks.push({ kind: "text", text: s.closingText });
  if (s.proposedResolution?.trim())
    blocks.push(
      { kind: "heading", level: 2, text: "Beschlussvorschlag" },
      { kind: "text", text: s.proposedResolution },
    );
  if (estimatedPages(blocks) <= tocFromPages) return blocks;
  // The contents go after the title, before the Sachverhalt.
  const at = blocks.findIndex((b) => b.kind === "heading" && b.text === "Sachverhalt");
  const entries = blocks
    .slice(at)
    .filter(
      (b): b is Extract<ReportBlock, { kind: "heading" }> & { level: 2 | 3 } =>
        b.kind === "heading" && b.level < 4,
    )
    .map((b) => ({ level: b.level, text: b.text }));
  return [...blocks.slice(0, at), { kind: "toc", entries }, ...blocks.slice(at)];
}

/** The footer line (page numbers are added by each format). */
export function reportFooter(s: ReportSnapshot): string {
  return `${s.issuer} – ${s.title}`;
}

const transliterated: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
};

/**
 * `Sachstandsbericht_<Gremium>_<Sitzungsdatum>.<ext>`: the committee's name in letters, digits
 * and hyphens (umlauts written out), the meeting's date as YYYY-MM-DD (the period's end when no
 * meeting is named). Safe on every file system and in every mail program.
 */
export function reportFileName(
  s: Pick<ReportSnapshot, "committee" | "period" | "presentedOn">,
  ext: string,
): string {
  const committee = s.committee.name
    .replace(/[äöüÄÖÜß]/g, (c) => transliterated[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  const day = s.presentedOn ?? s.period.to;
  return `Sachstandsbericht_${committee || "Gremium"}_${day}.${ext}`;
}
