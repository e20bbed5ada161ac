import type { IndicatorUnit } from "../../../domain/indicator";
import { disclosedSeries } from "../../../domain/indicator-disclosure";
import { readApprovedFigures } from "../../features/indicators/approved-figures";
import { adoptedFieldsAndGoals } from "../../features/indicators/read";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { listPublicReports } from "../committee-reports/public-reports";
import { publicReportPath } from "./site-paths";

/**
 * A final committee report (Abschlussbericht) the office published. The reports feature fills
 * this from its final-report snapshot; the URLs point at its HTML and PDF renderings, which must
 * be reachable without login.
 */
export interface PublishedReport {
  id: string;
  title: string;
  /** Committee that received the report, and the meeting date (ISO). */
  committee: string;
  presentedOn: string;
  htmlUrl: string;
  pdfUrl: string;
}

/**
 * An indicator flagged publishable, with approved values only. `value` is null where disclosure
 * control (src/domain) suppressed the cell; the page then says so instead of a number.
 */
export interface PublishedIndicator {
  id: string;
  key: string;
  name: string;
  unit: string | null;
  /** Position of the action field it belongs to, if any. */
  fieldPosition: number | null;
  source: string | null;
  values: { period: string; value: number | null }[];
}

const unitLabels: Record<IndicatorUnit, string> = {
  count: "Anzahl",
  percent: "Prozent",
  euro: "Euro",
  days: "Tage",
};

/** Final committee reports presented in a public session (and not superseded). */
export async function publishedReports(scope: TenantDb): Promise<PublishedReport[]> {
  return (await listPublicReports(scope)).map((report) => ({
    ...report,
    htmlUrl: publicReportPath(report.id, "html"),
    pdfUrl: publicReportPath(report.id, "pdf"),
  }));
}

/** Publishable indicators with approved, disclosure-controlled values. */
export async function publishedIndicators(scope: TenantDb): Promise<PublishedIndicator[]> {
  const { figures, fields } = await scope.transaction(async (tx) => ({
    figures: await readApprovedFigures(tx, scope.tenantId),
    fields: await adoptedFieldsAndGoals(tx, scope.tenantId),
  }));
  return figures.indicators
    .filter((i) => i.publishable)
    .map((i) => ({
      id: i.id,
      key: i.key,
      name: i.name,
      unit: unitLabels[i.unit],
      fieldPosition: fields.find((f) => f.lineageId === i.actionFieldLineageId)?.position ?? null,
      source: i.source,
      values: disclosedSeries(i, figures),
    }));
}
