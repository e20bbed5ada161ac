import type { FieldBudgetList, FundOutlook } from "../../contract/ledger";
import { burnDown, forecastYearEnd } from "../../domain/budget-forecast";
import { DomainError } from "../../domain/errors";
import { entryValidOn } from "../../domain/fund-purpose";
import { type Balance, foldLedger } from "../../domain/ledger";
import { formatEuroAmount } from "../../domain/money";
import { renderChartSvg } from "../charts/render-svg";
import { todayIso } from "../clock";
import type { TenantDb } from "../db/tenant-scope";
import { balancesOf } from "./balances";
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
    return {
      fundId,
      fiscalYear: fund.fiscalYear,
      points: burnDown(fund, bookings, today < end ? today : end),
      forecast: forecastYearEnd({ fiscalYear: fund.fiscalYear, balance, today }),
    };
  });
}

const labels = {
  de: { available: "verfügbar", used: "gebunden und gezahlt", forecast: "Prognose verfügbar" },
  en: { available: "available", used: "bound and paid", forecast: "forecast available" },
};

/**
 * The burn-down as a static SVG (for an <img>; the page shows the same figures as a table).
 * Euros on the axis, the forecast as a dashed line from today to 31 December.
 */
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

export function outlookSvg(outlook: FundOutlook, lang: "de" | "en"): string {
  const l = labels[lang];
  const euros = (cents: number) => Math.round(cents / 100);
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
        axisLabel: { formatter: "{dd}.{MM}." },
      },
      yAxis: {
        type: "value",
        axisLabel: {
          formatter: (v: number) => `${formatEuroAmount(v * 100).replace(/,00$/, "")} €`,
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
 * Estimate, bound, paid and free per action field and year: the funds whose purpose (valid today,
 * or at the end of their year) lies in the field. A fund for several fields counts in each.
 */
export async function fieldBudgets(scope: TenantDb): Promise<FieldBudgetList> {
  return scope.transaction(async (tx) => {
    const funds = await q.listFunds(tx, scope.tenantId);
    const balances = await balancesOf(tx, scope.tenantId, funds);
    const purposes = await q.purposeEntries(
      tx,
      scope.tenantId,
      funds.map((f) => f.id),
    );
    const titles = await q.actionFieldTitles(tx, scope.tenantId);
    const today = todayIso();
    const groups = new Map<string, FieldBudgetList["items"][number]>();
    for (const f of funds) {
      const day = today < `${f.fiscalYear}-12-31` ? today : `${f.fiscalYear}-12-31`;
      const fields = new Set(
        purposes
          .filter((p) => p.fundId === f.id && p.actionFieldLineageId && entryValidOn(p, day))
          .map((p) => p.actionFieldLineageId as string),
      );
      const b = balances.get(f.id) as Balance;
      for (const lineage of fields) {
        const key = `${lineage}:${f.fiscalYear}`;
        const g = groups.get(key) ?? {
          actionFieldLineageId: lineage,
          actionField: titles.get(lineage) ?? "",
          fiscalYear: f.fiscalYear,
          fundIds: [],
          meansCents: 0,
          committedCents: 0,
          paidCents: 0,
          availableCents: 0,
        };
        g.fundIds.push(f.id);
        g.meansCents +=
          b.estimateCents +
          b.supplementsCents +
          b.carriedOverCents -
          b.carriedForwardCents +
          b.transfersInCents -
          b.transfersOutCents;
        g.committedCents += b.openCommitmentsCents;
        g.paidCents += b.paidCents;
        g.availableCents += b.availableCents;
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
