import type { IndicatorSummary } from "../../../contract/indicators";
import type { AppLanguage } from "../../../domain/app-languages";
import {
  type IndicatorStatus,
  type Periodicity,
  periodLabel,
  periodsOfYear,
  periodYear,
} from "../../../domain/indicator";
import type { SeriesPoint } from "../../../domain/indicator-figures";
import type { ChartOption } from "./render-svg";

/** ECharts options of the indicator charts; pure functions of the figures (same in every output). */
type Language = AppLanguage;

const colours: Record<IndicatorStatus, string> = {
  onTrack: "#2e7d32",
  atRisk: "#b7791f",
  offTrack: "#c62828",
  noData: "#757575",
};
const statusText: Record<Language, Record<IndicatorStatus, string>> = {
  de: { onTrack: "im Plan", atRisk: "gefährdet", offTrack: "nicht im Plan", noData: "keine Daten" },
  en: { onTrack: "on track", atRisk: "at risk", offTrack: "off track", noData: "no data" },
};
const words = {
  de: {
    actual: "Ist",
    cumulative: "Ist (im Jahr aufsummiert)",
    target: "Ziel",
    noData: "Noch keine freigegebenen Werte",
    ofTarget: "% des Ziels (anteilig)",
  },
  en: {
    actual: "Actual",
    cumulative: "Actual (year to date)",
    target: "Target",
    noData: "No approved values yet",
    ofTarget: "% of target (pro rata)",
  },
};

/** One formatter per language: building an Intl.NumberFormat costs more than using it. */
const numberFormats = new Map<Language, Intl.NumberFormat>();
const number = (language: Language) => {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", {
      maximumFractionDigits: 1,
    });
    numberFormats.set(language, format);
  }
  const formatter = format;
  return (v: number) => formatter.format(v);
};

/** The index of the last value drawn in one year's line. */
const lastKnown = (data: (number | null)[]) => data.findLastIndex((v) => v !== null);

/**
 * Time series against target: the approved values per period (sums added up within each year, so
 * they meet the yearly target at year end) and the year's target as a dashed step line.
 */
export function seriesChart(input: {
  title: string;
  periodicity: Periodicity;
  cumulative: boolean;
  series: SeriesPoint[];
  targets: { year: number; value: number }[];
  language: Language;
}): ChartOption {
  const w = words[input.language];
  const years = [
    ...new Set([
      ...input.series.map((p) => periodYear(p.period)),
      ...input.targets.map((t) => t.year),
    ]),
  ].sort();
  const periods = years.flatMap((y) => periodsOfYear(input.periodicity, y));
  const known = new Map(input.series.map((p) => [p.period, p.value]));
  // One line per year: a yearly running sum starts afresh, so years are not joined.
  const actualByYear = years.map((year) => {
    let sum = 0;
    return periods.map((p) => {
      if (periodYear(p) !== year) return null;
      const v = known.get(p);
      if (v === undefined || v === null) return null;
      sum += v;
      return input.cumulative ? sum : v;
    });
  });
  const target = periods.map(
    (p) => input.targets.find((t) => t.year === periodYear(p))?.value ?? null,
  );
  const empty = !input.series.length;
  const crowded = periods.length > 8;
  return {
    title: { text: input.title, left: 8, top: 4, textStyle: { fontSize: 15 } },
    // Only lines that are drawn: a legend entry without its series makes ECharts warn.
    legend: {
      bottom: 4,
      data: [...(years.length ? [input.cumulative ? w.cumulative : w.actual] : []), w.target],
    },
    grid: { left: 56, right: 24, top: 48, bottom: 64 },
    xAxis: {
      type: "category",
      data: periods.map((p) => periodLabel(p, input.language)),
      axisLabel: { rotate: periods.length > 8 ? 40 : 0 },
    },
    yAxis: { type: "value", axisLabel: { formatter: number(input.language) } },
    graphic: empty
      ? [
          {
            type: "text",
            left: "center",
            top: "middle",
            style: { text: w.noData, fontSize: 14, fill: "#555" },
          },
        ]
      : [],
    series: [
      ...actualByYear.map((data) => ({
        type: "line",
        name: input.cumulative ? w.cumulative : w.actual,
        // With many periods (months) the figures would overlap: only each year's last value
        // is written at its point; the axis carries the rest.
        data: crowded
          ? data.map((value, i) =>
              value !== null && i === lastKnown(data) ? { value, label: { show: true } } : value,
            )
          : data,
        connectNulls: false,
        symbolSize: 8,
        lineStyle: { width: 3, color: "#004b87" },
        itemStyle: { color: "#004b87" },
        label: {
          show: !crowded,
          position: "top",
          formatter: (p: { value: number }) => number(input.language)(p.value),
        },
      })),
      {
        type: "line",
        name: w.target,
        data: target,
        step: "middle",
        symbol: "none",
        lineStyle: { width: 2, type: "dashed", color: "#b7791f" },
        itemStyle: { color: "#b7791f" },
      },
    ],
  };
}

/**
 * One year by municipality (horizontal bars): an internal chart (`indicators.read`, no public
 * access), so the figures are not disclosure-controlled; a value withheld at the source shows its
 * mark. Published figures go through `domain/indicator-disclosure.ts`.
 */
export function municipalityChart(input: {
  title: string;
  rows: { name: string; value: number | null; mark: string | null }[];
  language: Language;
}): ChartOption {
  const data = input.rows.map((r) =>
    r.value === null
      ? { value: null, label: r.mark ?? "–" }
      : { value: r.value, label: number(input.language)(r.value) },
  );
  return {
    title: { text: input.title, left: 8, top: 4, textStyle: { fontSize: 15 } },
    grid: { left: 180, right: 48, top: 40, bottom: 24 },
    xAxis: { type: "value", axisLabel: { formatter: number(input.language) } },
    yAxis: { type: "category", inverse: true, data: input.rows.map((r) => r.name) },
    series: [
      {
        type: "bar",
        data: data.map((d) => ({
          value: d.value ?? 0,
          label: { show: true, position: "right", formatter: d.label },
        })),
        itemStyle: { color: "#004b87" },
        barMaxWidth: 22,
      },
    ],
  };
}

/**
 * Traffic light of each indicator against its target: a bar per indicator for the share of the
 * (pro-rata) target reached, coloured by status, with the status in words beside it.
 */
export function statusChart(
  items: IndicatorSummary[],
  language: Language,
  title: string,
): ChartOption {
  const share = (i: IndicatorSummary) => {
    if (i.target === null || i.actual === null || i.target === 0) return 0;
    return Math.round(
      (i.direction === "higherIsBetter" ? i.actual / i.target : i.target / i.actual) * 100,
    );
  };
  return {
    title: { text: title, left: 8, top: 4, textStyle: { fontSize: 15 } },
    grid: { left: 260, right: 120, top: 40, bottom: 32 },
    xAxis: {
      type: "value",
      name: words[language].ofTarget,
      nameLocation: "middle",
      nameGap: 22,
      max: (v: { max: number }) => Math.max(100, v.max),
      axisLabel: { formatter: number(language) },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: items.map((i) => (i.name.length > 38 ? `${i.name.slice(0, 37)}…` : i.name)),
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 18,
        data: items.map((i) => ({
          value: share(i),
          itemStyle: { color: colours[i.status] },
          label: {
            show: true,
            position: "right",
            color: colours[i.status],
            formatter: `● ${statusText[language][i.status]}`,
          },
        })),
        markLine: {
          symbol: "none",
          silent: true,
          label: { show: false },
          lineStyle: { type: "dashed", color: "#333" },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}

export { statusText };
