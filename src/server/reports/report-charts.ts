import { periodLabel, periodYear } from "../../domain/indicator";
import { BoundedMemo, digest } from "../charts/bounded-memo";
import { type ChartOption, renderChartSvg } from "../charts/render-svg";
import { seriesChart } from "../indicators/chart-options";
import { decimal2 } from "./german-format";
import type { IndicatorChartData, ReportSnapshot } from "./report-snapshot";

/** One indicator chart of a report: a static SVG plus the words that stand in for it. */
export interface ReportChart {
  /** 1, 2, … in the order of the report ("Abbildung 1"). */
  number: number;
  /** Visible caption under the chart ("Abbildung 1: …"). */
  caption: string;
  /** Alternative text: what the chart shows, for screen readers and the DOCX's alt text. */
  alt: string;
  svg: string;
  /** Size of the SVG in CSS pixels (96 per inch). */
  width: number;
  height: number;
}

const chartWidth = 640;
const chartHeight = 300;

const periodWords = { month: "Monat", quarter: "Quartal", year: "Jahr" } as const;

type Item = Extract<ReportSnapshot["indicators"], { status: "data" }>["items"][number];

function yearsOf(chart: IndicatorChartData): number[] {
  return [
    ...new Set([
      ...chart.series.map((p) => periodYear(p.period)),
      ...chart.targets.map((t) => t.year),
    ]),
  ].sort((a, b) => a - b);
}

function altText(item: Item, chart: IndicatorChartData, years: number[]): string {
  const unit = item.unit ? ` ${item.unit}` : "";
  const span = years.length ? ` ${years[0]}${years.length > 1 ? `–${years.at(-1)}` : ""}` : "";
  const parts = [
    `Liniendiagramm „${item.name}“: ${chart.cumulative ? "im Jahr aufsummierte " : ""}Ist-Werte je ${periodWords[chart.periodicity]}${span} gegenüber dem Jahresziel (gestrichelte Linie).`,
  ];
  const known = chart.series.filter((p) => p.value !== null);
  const last = known.at(-1);
  // A running sum is read at its last point: the year's total so far.
  const shown = (period: string, value: number) =>
    chart.cumulative
      ? known
          .filter((p) => periodYear(p.period) === periodYear(period) && p.period <= period)
          .reduce((sum, p) => sum + (p.value as number), 0)
      : value;
  if (last)
    parts.push(
      `${chart.cumulative ? "Stand im Jahr" : "Letzter Wert"} (${periodLabel(last.period)}): ${decimal2(shown(last.period, last.value as number))}${unit}.`,
    );
  else parts.push("Noch keine freigegebenen Werte.");
  if (chart.targets.length)
    parts.push(
      `Ziel: ${chart.targets.map((t) => `${t.year} ${decimal2(t.value)}${unit}`).join(", ")}.`,
    );
  const withheld = chart.series.length - known.length;
  if (withheld) parts.push(`${withheld} Werte sind aus Datenschutzgründen nicht gezeigt.`);
  return parts.join(" ");
}

/** The indicator register's series chart; rotated month labels get room above the legend. */
function chartOption(chart: IndicatorChartData, title: string): ChartOption {
  const option = seriesChart({
    title,
    periodicity: chart.periodicity,
    cumulative: chart.cumulative,
    series: chart.series,
    targets: chart.targets,
    language: "de",
  });
  const periods = yearsOf(chart).length * { month: 12, quarter: 4, year: 1 }[chart.periodicity];
  // A wider gap between legend entries: a browser without Roboto sets the labels wider than
  // the server measured them (HTML view).
  const legend = { ...legendOf(option), itemGap: 32 };
  return periods > 8
    ? {
        ...option,
        grid: { left: 56, right: 24, top: 48, bottom: 84 },
        legend: { ...legend, bottom: 2 },
      }
    : { ...option, legend };
}

const legendOf = (option: ChartOption) => (option.legend ?? {}) as Record<string, unknown>;

/**
 * The series-vs-target chart of every indicator in the snapshot that carries chart figures, in
 * the order of the indicator table. A pure function of the snapshot: nothing is read from the
 * live data, and the same snapshot always gives the same SVGs (ECharts without animation, stable
 * ids), so the report's files stay the same after it is frozen.
 */
export function reportCharts(s: Pick<ReportSnapshot, "indicators">): readonly ReportChart[] {
  if (s.indicators.status !== "data") return [];
  const indicators = s.indicators;
  // The charts depend on the indicator section alone: a report's HTML view, PDF and DOCX (and
  // every later download of a frozen report) draw them once.
  return drawn.get(digest(JSON.stringify(indicators)), () =>
    Object.freeze(drawCharts(indicators.items)),
  );
}

/** The charts of the last few reports (60 charts of about 18 KB each in a large county). */
const drawn = new BoundedMemo<readonly ReportChart[]>(8);

/** Forgets every remembered chart (benchmarks measure drawing them afresh). */
export function forgetCharts(): void {
  drawn.clear();
}

function drawCharts(items: Item[]): ReportChart[] {
  const charts: ReportChart[] = [];
  items.forEach((item, index) => {
    const chart = item.chart;
    if (!chart) return;
    const years = yearsOf(chart);
    const number = charts.length + 1;
    charts.push({
      number,
      caption: `Abbildung ${number}: ${item.name} – Ist und Ziel${years.length ? ` ${years[0]}${years.length > 1 ? `–${years.at(-1)}` : ""}` : ""}`,
      alt: altText(item, chart, years),
      svg: renderChartSvg(chartOption(chart, item.name), {
        width: chartWidth,
        height: chartHeight,
        idPrefix: `report-chart-${index + 1}`,
      }),
      width: chartWidth,
      height: chartHeight,
    });
  });
  return charts;
}
