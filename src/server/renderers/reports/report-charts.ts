import { periodLabel, periodYear } from "../../../domain/indicator";
import { BoundedMemo, digest } from "../charts/bounded-memo";
import { seriesChart } from "../charts/chart-options";
import { type ChartOption, renderChartSvg } from "../charts/render-svg";
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

/** Charts are 605 px wide in the DOCX (16 cm), drawn at twice that; the PDF uses the same picture. */
export const chartPictureWidthPx = 605;
export const chartPictureScale = (widthPx: number) => (2 * chartPictureWidthPx) / widthPx;
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
export function reportCharts(s: ChartSource): readonly ReportChart[] {
  if (s.indicators.status !== "data") return [];
  const items = s.indicators.items;
  const limit = s.indicatorChartLimit;
  // The charts depend on the indicator section alone: a report's HTML view, PDF and DOCX (and
  // every later download of a frozen report) draw them once.
  return drawn.get(keyOf(s), () => Object.freeze(chartTasks(items, limit).map(drawChart)));
}

type ChartSource = Pick<ReportSnapshot, "indicators" | "indicatorChartLimit">;

/**
 * Indicators that get a chart by default: the report stays readable in a large county (60
 * indicators drew 60 charts, some twenty pages); the rest stand in the table. Red and yellow
 * ones come first.
 */
export const defaultChartLimit = 6;

const keyOf = (s: ChartSource) =>
  digest(`${s.indicatorChartLimit ?? "all"}|${JSON.stringify(s.indicators)}`);

/** The charts of the last few reports (60 charts of about 18 KB each in a large county). */
const drawn = new BoundedMemo<readonly ReportChart[]>(8);

/** Forgets every remembered chart (benchmarks measure drawing them afresh). */
export function forgetCharts(): void {
  drawn.clear();
}

/**
 * Draws a report's charts one at a time while the process waits for the database (see
 * buildSnapshot): ECharts on the server is synchronous, and a large county's 60 charts took as
 * long as all of its queries. `finish` draws what is left and remembers them for `reportCharts`.
 */
export class ChartPainter {
  private readonly key: string | null;
  private readonly tasks: ChartTask[];
  private readonly charts: ReportChart[] = [];

  constructor(s: ChartSource) {
    const key = s.indicators.status === "data" ? keyOf(s) : null;
    this.key = key && !drawn.has(key) ? key : null;
    this.tasks =
      this.key && s.indicators.status === "data"
        ? chartTasks(s.indicators.items, s.indicatorChartLimit)
        : [];
  }

  /** `pending`'s result; until it has settled, the next charts are drawn one by one. */
  async during<T>(pending: Promise<T>): Promise<T> {
    let settled = false;
    pending.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    while (this.charts.length < this.tasks.length) {
      // One turn of the event loop: the query goes out, its answer comes in.
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) break;
      this.charts.push(drawChart(this.tasks[this.charts.length] as ChartTask));
    }
    return pending;
  }

  /** How many charts were drawn while waiting (for tests and benchmarks). */
  get drawnWhileWaiting(): number {
    return this.charts.length;
  }

  finish(): void {
    if (!this.key) return;
    for (const task of this.tasks.slice(this.charts.length)) this.charts.push(drawChart(task));
    const charts = this.charts;
    drawn.get(this.key, () => Object.freeze(charts));
  }
}

/** One chart to draw: its indicator, its place in the table (for ids) and its figure number. */
interface ChartTask {
  item: Item;
  index: number;
  number: number;
}

const lightRank = { red: 0, yellow: 1, green: 2, grey: 3 } as const;

/** The charts to draw, in table order: all, or the `limit` most urgent (red, yellow first). */
function chartTasks(items: Item[], limit?: number): ChartTask[] {
  let chosen = items.map((item, index) => ({ item, index })).filter((x) => x.item.chart);
  if (limit !== undefined && chosen.length > limit)
    chosen = [...chosen]
      .sort((a, b) => lightRank[a.item.light] - lightRank[b.item.light] || a.index - b.index)
      .slice(0, limit)
      .sort((a, b) => a.index - b.index);
  return chosen.map((x, i) => ({ ...x, number: i + 1 }));
}

function drawChart({ item, index, number }: ChartTask): ReportChart {
  const chart = item.chart as IndicatorChartData;
  const years = yearsOf(chart);
  return {
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
  };
}
