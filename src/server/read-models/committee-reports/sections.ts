import { capacityReport, type MonthCapacity } from "../../../domain/capacity";
import type { FundFigures } from "../../../domain/fund-figures";
import { type IndicatorUnit, periodYear, statusLight } from "../../../domain/indicator";
import { disclosedReportValue, disclosedSeries } from "../../../domain/indicator-disclosure";
import { reportPeriodStatus, seriesFor } from "../../../domain/indicator-figures";
import { type MeasureStatus, measureStatuses } from "../../../domain/measure-status";
import type { ApprovedFigures } from "../../features/indicators/approved-figures";
import type {
  ActionFieldSection,
  CapacitySection,
  IndicatorChartData,
  IndicatorSection,
  MoneySection,
  ReportSnapshot,
  SinceLastReport,
} from "../../renderers/reports/report-snapshot";

/** The generated sections of a committee report as pure functions of the gathered data. */

export interface MeasureFacts {
  id: string;
  title: string;
  status: MeasureStatus;
  startOn: string | null;
  endOn: string | null;
  overdue: boolean;
  /** Titles of the action fields the measure serves. */
  fields: string[];
}

const within = (date: string | null, period: { from: string; to: string }) =>
  date !== null && date >= period.from && date <= period.to;

const byTitle = (a: string, b: string) => a.localeCompare(b, "de");

export function actionFieldSections(
  fields: { position: number; title: string; isFocus: boolean }[],
  measures: MeasureFacts[],
  period: { from: string; to: string },
): ActionFieldSection[] {
  return fields.map((field) => {
    const own = measures.filter((m) => m.fields.includes(field.title));
    const byStatus = Object.fromEntries(
      measureStatuses.map((s) => [s, own.filter((m) => m.status === s).length]),
    ) as Record<MeasureStatus, number>;
    return {
      position: field.position,
      title: field.title,
      isFocus: field.isFocus,
      byStatus,
      startedInPeriod: own
        .filter((m) => within(m.startOn, period))
        .map((m) => m.title)
        .sort(byTitle),
      endedInPeriod: own
        .filter((m) => within(m.endOn, period))
        .map((m) => m.title)
        .sort(byTitle),
      overdue: own
        .filter((m) => m.overdue)
        .map((m) => m.title)
        .sort(byTitle),
    };
  });
}

export function moneySection(
  funds: { id: string; name: string; fiscalYear: number }[],
  fundFigures: Map<string, FundFigures>,
  perMeasure: Map<string, { openCents: number; paidCents: number }>,
  fieldOfMeasure: Map<string, string>,
  fieldTitles: string[],
): MoneySection {
  const perField = new Map(fieldTitles.map((t) => [t, { boundCents: 0, paidCents: 0 }]));
  for (const [measureId, money] of perMeasure) {
    const field = fieldOfMeasure.get(measureId);
    const sums = field ? perField.get(field) : undefined;
    if (!sums) continue;
    sums.boundCents += money.openCents;
    sums.paidCents += money.paidCents;
  }
  // The parts of src/domain/fund-figures, as every other reader shows them.
  const figures = funds.map((f) => {
    const g = fundFigures.get(f.id);
    return {
      name: f.name,
      fiscalYear: f.fiscalYear,
      grantedCents: g?.grantedCents ?? 0,
      boundCents: g?.committedOpenCents ?? 0,
      paidCents: g?.paidCents ?? 0,
      blockedCents: g?.blockedCents ?? 0,
      lapsedCents: g?.lapsedCents ?? 0,
      freeCents: g?.availableCents ?? 0,
    };
  });
  return {
    funds: figures,
    fields: fieldTitles.map((title) => ({
      title,
      ...(perField.get(title) ?? { boundCents: 0, paidCents: 0 }),
    })),
  };
}

export function capacitySection(input: Parameters<typeof capacityReport>[0]): CapacitySection {
  const report: MonthCapacity[] = capacityReport(input);
  const n = report.length || 1;
  const average = (pick: (m: MonthCapacity) => number) =>
    Math.round((report.reduce((s, m) => s + pick(m) * 100, 0) / n) as number) / 100;
  return {
    months: report.length,
    capacityFte: average((m) => m.capacity),
    demandFte: average((m) => m.demand),
    overAllocatedMonths: report.filter((m) => m.overAllocated).map((m) => m.month.slice(0, 7)),
  };
}

type IndicatorItem = Extract<IndicatorSection, { status: "data" }>["items"][number];

/** How a unit follows a figure in the report ("12 %", "3.400 €"); counts need none. */
const unitSuffix: Record<IndicatorUnit, string | null> = {
  count: null,
  percent: "%",
  euro: "€",
  days: "Tage",
};

/**
 * Indicators against their targets over the report period: approved values only (drafts never
 * count) of the observation periods that overlap it (`domain/indicator` `periodInReport`, read
 * by `reportPeriodStatus`), the traffic light from src/domain/indicator. For a public session the
 * figures leave the office: only indicators flagged publishable are shown, and the figure only
 * where every period it is made of is published (`domain/indicator-disclosure.ts`
 * `disclosedReportValue`, the rule of the public site). The light stays.
 */
export function indicatorItems(
  figures: ApprovedFigures,
  report: { from: string; to: string },
  publicSession: boolean,
): IndicatorItem[] {
  const all = new Map(figures.indicators.map((i) => [i.id, i]));
  const year = periodYear(report.to);
  return figures.indicators
    .filter((indicator) => !publicSession || indicator.publishable)
    .map((indicator) => {
      const targetOf = (y: number) =>
        figures.targets.find((t) => t.indicatorId === indicator.id && t.year === y)?.value ?? null;
      const { actual, target, status } = reportPeriodStatus(
        indicator,
        seriesFor(indicator, all, figures.values),
        report,
        targetOf,
      );
      const value = publicSession
        ? disclosedReportValue(indicator, figures, report, actual)
        : actual;
      return {
        name: indicator.name,
        unit: unitSuffix[indicator.unit],
        value,
        target,
        light: statusLight(status),
        chart: chartData(indicator, figures, year, publicSession),
      };
    })
    .sort((a, b) => byTitle(a.name, b.name));
}

/**
 * The chart figures of one indicator: the report year and the year before, approved values only,
 * disclosure-controlled for a public session (the same series the public site shows).
 */
function chartData(
  indicator: ApprovedFigures["indicators"][number],
  figures: ApprovedFigures,
  year: number,
  publicSession: boolean,
): IndicatorChartData {
  const inRange = (y: number) => y === year || y === year - 1;
  const series = publicSession
    ? disclosedSeries(indicator, figures)
    : seriesFor(indicator, new Map(figures.indicators.map((i) => [i.id, i])), figures.values);
  return {
    periodicity: indicator.periodicity,
    cumulative: indicator.aggregation === "sum" && indicator.periodicity !== "year",
    series: series
      .filter((p) => inRange(periodYear(p.period)))
      .map((p) => ({ period: p.period, value: p.value })),
    targets: figures.targets
      .filter((t) => t.indicatorId === indicator.id && inRange(t.year))
      .map((t) => ({ year: t.year, value: t.value }))
      .sort((a, b) => a.year - b.year),
  };
}

/** Indicators against targets; "noData" while no indicator has been adopted. */
export function indicatorSection(items: IndicatorItem[] = []): IndicatorSection {
  return items.length ? { status: "data", items } : { status: "noData" };
}

/** What changed since the previous final report of the same committee. */
export function sinceLastReport(
  previous: { id: string; finalisedAt: string; snapshot: ReportSnapshot } | null,
  now: Pick<ReportSnapshot, "measureStates" | "money" | "indicators">,
): SinceLastReport {
  if (!previous)
    return {
      previous: null,
      newMeasures: [],
      finishedMeasures: [],
      money: [],
      indicatorsChanged: [],
    };
  const before = new Map(previous.snapshot.measureStates.map((m) => [m.id, m]));
  const prevFunds = new Map(
    previous.snapshot.money.funds.map((f) => [`${f.fiscalYear}|${f.name}`, f]),
  );
  const lightsBefore =
    previous.snapshot.indicators.status === "data"
      ? new Map(previous.snapshot.indicators.items.map((i) => [i.name, i.light]))
      : new Map<string, string>();
  return {
    previous: {
      id: previous.id,
      title: previous.snapshot.title,
      periodTo: previous.snapshot.period.to,
      finalisedOn: previous.finalisedAt.slice(0, 10),
    },
    newMeasures: now.measureStates
      .filter((m) => !before.has(m.id))
      .map((m) => m.title)
      .sort(byTitle),
    finishedMeasures: now.measureStates
      .filter((m) => m.status === "completed" && before.get(m.id)?.status !== "completed")
      .map((m) => m.title)
      .sort(byTitle),
    money: now.money.funds
      .map((f) => {
        const p = prevFunds.get(`${f.fiscalYear}|${f.name}`);
        return {
          name: f.name,
          boundDeltaCents: f.boundCents - (p?.boundCents ?? 0),
          paidDeltaCents: f.paidCents - (p?.paidCents ?? 0),
        };
      })
      .filter((d) => d.boundDeltaCents !== 0 || d.paidDeltaCents !== 0),
    indicatorsChanged:
      now.indicators.status === "data"
        ? now.indicators.items
            .filter((i) => lightsBefore.has(i.name) && lightsBefore.get(i.name) !== i.light)
            .map((i) => ({ name: i.name, from: lightsBefore.get(i.name) ?? "grey", to: i.light }))
        : [],
  };
}
