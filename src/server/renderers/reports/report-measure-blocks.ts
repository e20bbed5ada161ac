import { trafficLightLabels } from "../../../domain/measure-progress";
import {
  measureStatuses,
  measureStatusLabels as statusLabels,
} from "../../../domain/measure-status";
import { formatEuro } from "../../../domain/money";
import { germanDate } from "./german-format";
import type { ReportBlock } from "./report-document";
import type { MeasureEntry, ReportSnapshot } from "./report-snapshot";

/**
 * The per-measure section of a committee report ("Stand der Maßnahmen"): per action field a
 * compact table of the measures told in full, then each of them with its Sachstand, milestones,
 * money and recommendation; the measures beyond the tenant's limit as counts.
 */

/** The domain's word for a traffic light; a value outside the list as it is. */
export const lightWord = (light: string): string =>
  (trafficLightLabels as Record<string, string>)[light] ?? light;

/** "grün (Stand 01.12.2026)", or "grün – veraltet (Stand 01.03.2024)" past the limit. */
export function lightText(m: Pick<MeasureEntry, "light" | "lightOn" | "stale">): string {
  const word = lightWord(m.light);
  if (!m.lightOn) return `${word} (kein Sachstand)`;
  return m.stale
    ? `${word} – veraltet (Stand ${germanDate(m.lightOn)})`
    : `${word} (Stand ${germanDate(m.lightOn)})`;
}

const statusCounts = (counts: Record<string, number>) =>
  measureStatuses
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]} ${statusLabels[s]}`)
    .join(", ");

function measureItems(m: MeasureEntry, period: { from: string; to: string }): string[] {
  const items: string[] = [];
  items.push(`Verantwortlich: ${m.organisation ?? "nicht benannt"}`);
  items.push(
    `Stand: ${statusLabels[m.status]}, ${m.completion} %; Ampel ${lightText(m)}${m.overdue ? "; überfällig" : ""}`,
  );
  items.push(
    m.update
      ? m.update.text.trim()
        ? `Sachstand vom ${germanDate(m.update.on)} (${m.update.organisation}): „${m.update.text.trim()}“`
        : `Sachstand vom ${germanDate(m.update.on)} (${m.update.organisation}); sein Wortlaut ist nicht öffentlich.`
      : `Im Berichtszeitraum kein Sachstand gemeldet${m.lightOn ? ` (letzter: ${germanDate(m.lightOn)})` : ""}.`,
  );
  if (m.milestones.length)
    items.push(
      `Meilensteine: ${m.milestones
        .map(
          (x) =>
            `${x.title || "Meilenstein"} (fällig ${germanDate(x.dueOn)}, ${
              x.doneOn
                ? `erledigt ${germanDate(x.doneOn)}${x.missed ? ", verspätet" : ""}`
                : x.missed
                  ? "versäumt"
                  : "offen"
            })`,
        )
        .join("; ")}`,
    );
  if (m.committedCents || m.paidCents)
    items.push(
      `Mittel ${germanDate(period.from)} – ${germanDate(period.to)}: gebunden ${formatEuro(m.committedCents)}, gezahlt ${formatEuro(m.paidCents)}`,
    );
  if (m.recommendation)
    items.push(`Handlungsempfehlung ${m.recommendation.number}: ${m.recommendation.title}`);
  return items;
}

export function measureStateBlocks(s: ReportSnapshot): ReportBlock[] {
  const r = s.measureReport;
  if (!r) return [];
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 3, text: "Stand der Maßnahmen" },
    {
      kind: "text",
      text: `Je Handlungsfeld und Handlungsziel: Stand, Ampel mit ihrem Datum und der letzte Sachstand im Berichtszeitraum. Eine Ampel, deren Sachstand älter als ${r.staleDays} Tage ist, gilt als veraltet. Ausführlich dargestellt sind bis zu ${r.fullLimit} Maßnahmen (zuerst rote, überfällige und gelbe); weitere sind gezählt.`,
    },
  ];
  if (s.publicSession && r.nonPublicCount)
    blocks.push({
      kind: "text",
      text: `Für die öffentliche Sitzung sind nur veröffentlichte Maßnahmen genannt; ${r.nonPublicCount} weitere sind nicht öffentlich und hier nicht aufgeführt.`,
    });
  if (!r.fields.length)
    blocks.push({ kind: "text", text: "Im Berichtszeitraum gab es keine Maßnahmen." });
  for (const field of r.fields) {
    const told = field.goals.flatMap((g) => g.measures);
    blocks.push({
      kind: "heading",
      level: 4,
      text: field.position ? `${field.position}. ${field.title}` : field.title,
    });
    if (told.length) {
      blocks.push({
        kind: "table",
        caption: `Maßnahmen im Handlungsfeld ${field.position ?? ""} ${field.title}`.replace(
          /\s+/g,
          " ",
        ),
        header: ["Maßnahme", "Stand", "Ampel", "Fortschritt"],
        rows: told.map((m) => [m.title, statusLabels[m.status], lightText(m), `${m.completion} %`]),
        numeric: [false, false, false, true],
      });
      for (const goal of field.goals) {
        blocks.push({ kind: "text", text: `Handlungsziel ${goal.title}`, italic: true });
        for (const m of goal.measures)
          blocks.push(
            { kind: "text", text: m.title, bold: true },
            { kind: "list", items: measureItems(m, s.period) },
          );
      }
    }
    const rest = statusCounts(field.notTold);
    if (rest)
      blocks.push({
        kind: "text",
        text: `${told.length ? "Weitere Maßnahmen" : "Maßnahmen"} in diesem Handlungsfeld (nur gezählt): ${rest}.`,
      });
  }
  return blocks;
}
