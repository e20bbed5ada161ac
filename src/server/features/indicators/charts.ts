import type { AppLanguage } from "../../../domain/app-languages";
import { periodYear } from "../../../domain/indicator";
import type { Viewer } from "../../platform/auth/actor";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { municipalityOptions } from "../../platform/tenancy/municipality-service";
import { municipalityChart, seriesChart, statusChart } from "../../renderers/charts/chart-options";
import { renderChartSvg } from "../../renderers/charts/render-svg";
import { getIndicator, listIndicatorSummaries } from "./service";

type Language = AppLanguage;

/** SVG of one indicator: its time series against target, or one year by municipality. */
export async function indicatorChartSvg(
  scope: TenantDb,
  input: {
    id: string;
    viewer: Viewer;
    kind: "series" | "municipalities";
    year: number;
    language: Language;
  },
): Promise<string> {
  const indicator = await getIndicator(scope, input);
  if (input.kind === "series") {
    return renderChartSvg(
      seriesChart({
        title: indicator.name,
        periodicity: indicator.periodicity,
        cumulative: indicator.aggregation === "sum" && indicator.periodicity !== "year",
        series: indicator.series,
        targets: indicator.targets,
        language: input.language,
      }),
      { width: 720, height: 360, idPrefix: `indicator-${indicator.key}` },
    );
  }
  const places = await scope.transaction((tx) => municipalityOptions(tx, scope.tenantId));
  const approved = indicator.values.filter(
    (v) => v.status === "approved" && v.municipality && periodYear(v.period) === input.year,
  );
  const rows = places.map((m) => {
    const mine = approved.filter((v) => v.municipality?.id === m.id);
    const numbers = mine.filter((v) => v.value !== null).map((v) => v.value as number);
    const value = numbers.length
      ? indicator.aggregation === "mean"
        ? numbers.reduce((a, b) => a + b, 0) / numbers.length
        : numbers.reduce((a, b) => a + b, 0)
      : null;
    return { name: m.name, value, mark: mine.find((v) => v.mark)?.mark ?? null };
  });
  const title = `${indicator.name} – ${input.year}`;
  return renderChartSvg(
    municipalityChart({
      title,
      rows,
      language: input.language,
    }),
    { width: 720, height: 80 + rows.length * 28, idPrefix: `indicator-${indicator.key}-places` },
  );
}

/** SVG: the traffic light of every (adopted) indicator against its target in a year. */
export async function statusChartSvg(
  scope: TenantDb,
  input: { viewer: Viewer; year: number; language: Language },
): Promise<string> {
  const { items } = await listIndicatorSummaries(scope, input);
  const adopted = items.filter((i) => !i.isProposal);
  const title =
    input.language === "de"
      ? `Kennzahlen ${input.year}: Stand zum Ziel`
      : `Indicators ${input.year}: status against target`;
  return renderChartSvg(statusChart(adopted, input.language, title), {
    width: 760,
    height: 90 + Math.max(1, adopted.length) * 30,
    idPrefix: "indicator-status",
  });
}
