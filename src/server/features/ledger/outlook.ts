import type { FieldBudgetList, FundOutlook } from "../../../contract/ledger";
import { burnDown, forecastYearEnd } from "../../../domain/budget-forecast";
import { DomainError } from "../../../domain/errors";
import { foldLedger } from "../../../domain/ledger";
import { centsToEuroNumber, formatEuroIn } from "../../../domain/money";
import { todayIso } from "../../platform/clock";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { renderChartSvg } from "../../renderers/charts/render-svg";
import { lapseDecisionReader } from "../council/read";
import { type FundMoney, fundMoneyOf } from "./fund-money";
import * as q from "./queries";
import { toLedgerBooking } from "./read";

/** Burn-down of one fund over its fiscal year and the forecast of its year-end rest. */
export async function getOutlook(scope: TenantDb, { fundId }: { fundId: string }) {
  return scope.transaction(async (tx): Promise<FundOutlook> => {
    const [fund] = await q.listFunds(tx, scope.tenantId, fundId);
    if (!fund) throw new DomainError("notFound", "fund.notFound");
    const bookings = (await q.bookingsOf(tx, scope.tenantId, [fundId])).map(toLedgerBooking);
    const today = todayIso();
    const end = `${fund.fiscalYear}-12-31`;
    const { balance } = foldLedger(fund, bookings);
    const forecast = forecastYearEnd({ fiscalYear: fund.fiscalYear, balance, today });
    return {
      fundId,
      fiscalYear: fund.fiscalYear,
      points: burnDown(fund, bookings, today < end ? today : end),
      forecast,
      lapseDecision:
        forecast.warning === "lapse" && today <= end
          ? (await lapseDecisionReader(tx, scope.tenantId, today))(fund)
          : null,
    };
  });
}

const labels = {
  de: { available: "verfügbar", used: "gebunden und gezahlt", forecast: "Prognose verfügbar" },
  en: { available: "available", used: "bound and paid", forecast: "forecast available" },
};

/**
 * The step lines within the fiscal year: a state reached before 1 January (a fund granted in
 * December for the next year) is the state on 1 January; the last state runs on to the
 * forecast's day, so a fund without bookings still shows its line.
 */
export function pointsInYear(outlook: FundOutlook): FundOutlook["points"] {
  const start = `${outlook.fiscalYear}-01-01`;
  const end = `${outlook.fiscalYear}-12-31`;
  const before = outlook.points.filter((p) => p.date < start).at(-1);
  const inside = outlook.points.filter((p) => p.date >= start && p.date <= end);
  const points = [
    ...(before && inside[0]?.date !== start ? [{ ...before, date: start }] : []),
    ...inside,
  ];
  const last = points.at(-1);
  const until = outlook.forecast.asOf < end ? outlook.forecast.asOf : end;
  if (last && last.date < until) points.push({ ...last, date: until });
  return points;
}

/**
 * The burn-down as a static SVG (for an <img>; the page shows the same figures as a table).
 * Euros on the axis, the forecast as a dashed line from today to 31 December.
 */
export function outlookSvg(outlook: FundOutlook, lang: "de" | "en"): string {
  const l = labels[lang];
  const euros = centsToEuroNumber;
  const start = `${outlook.fiscalYear}-01-01`;
  const points = pointsInYear(outlook);
  const last = points[points.length - 1];
  const { forecast } = outlook;
  const end = `${outlook.fiscalYear}-12-31`;
  const forecastLine =
    last && forecast.daysElapsed > 0 && forecast.asOf < end
      ? [
          [forecast.asOf, euros(last.availableCents)],
          [end, euros(forecast.projectedRestCents)],
        ]
      : [];
  return renderChartSvg(
    {
      // SSR measures text narrower than the browser draws it: generous gaps keep labels apart.
      legend: { top: 0, left: 0, itemGap: 40 },
      grid: { left: 90, right: 24, top: 40, bottom: 40 },
      xAxis: {
        type: "time",
        min: start,
        max: end,
        // The app's language, not the server's or the browser's locale: 31.03. / 31 Mar.
        axisLabel: { formatter: lang === "de" ? "{dd}.{MM}." : "{d} {MMM}" },
      },
      yAxis: {
        type: "value",
        axisLabel: {
          formatter: (v: number) =>
            formatEuroIn(Math.round(v * 100), lang === "de" ? "de-DE" : "en-GB").replace(
              /[.,]00(?=\D*$)/,
              "",
            ),
        },
      },
      series: [
        {
          type: "line",
          step: "end",
          name: l.available,
          color: "#005a8c",
          symbol: "none",
          data: points.map((p) => [p.date, euros(p.availableCents)]),
        },
        {
          type: "line",
          step: "end",
          name: l.used,
          color: "#7a4a00",
          symbol: "none",
          data: points.map((p) => [p.date, euros(p.usedCents)]),
        },
        {
          type: "line",
          name: l.forecast,
          color: "#005a8c",
          symbol: "none",
          lineStyle: { type: "dashed" },
          data: forecastLine,
        },
      ],
    },
    { width: 720, height: 320, idPrefix: `burn-${outlook.fundId.slice(0, 8)}` },
  );
}

/**
 * Granted, bound, paid, blocked, lapsed and free per action field and year: the funds whose
 * purpose (valid today, or at the end of their year) lies in the field, followed through its
 * lineage for every purpose kind (./fund-money). A fund for several fields counts in each.
 */
export async function fieldBudgets(scope: TenantDb): Promise<FieldBudgetList> {
  return scope.transaction(async (tx) => {
    const funds = await q.listFunds(tx, scope.tenantId);
    const money = await fundMoneyOf(tx, scope.tenantId, funds, todayIso());
    const titles = await q.actionFieldTitles(tx, scope.tenantId);
    const groups = new Map<string, FieldBudgetList["items"][number]>();
    for (const f of funds) {
      const { figures, fieldLineageIds } = money.get(f.id) as FundMoney;
      for (const lineage of fieldLineageIds) {
        const key = `${lineage}:${f.fiscalYear}`;
        const g = groups.get(key) ?? {
          actionFieldLineageId: lineage,
          actionField: titles.get(lineage) ?? "",
          fiscalYear: f.fiscalYear,
          fundIds: [],
          meansCents: 0,
          committedCents: 0,
          paidCents: 0,
          blockedCents: 0,
          lapsedCents: 0,
          availableCents: 0,
        };
        g.fundIds.push(f.id);
        g.meansCents += figures.grantedCents;
        g.committedCents += figures.committedOpenCents;
        g.paidCents += figures.paidCents;
        g.blockedCents += figures.blockedCents;
        g.lapsedCents += figures.lapsedCents;
        g.availableCents += figures.availableCents;
        groups.set(key, g);
      }
    }
    return {
      items: [...groups.values()].sort(
        (a, b) => b.fiscalYear - a.fiscalYear || a.actionField.localeCompare(b.actionField, "de"),
      ),
    };
  });
}
