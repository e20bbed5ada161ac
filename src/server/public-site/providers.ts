import type { TenantDb } from "../db/tenant-scope";

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
  name: string;
  unit: string | null;
  /** Position of the action field it belongs to, if any. */
  fieldPosition: number | null;
  source: string | null;
  values: { period: string; value: number | null }[];
}

/** Final committee reports that are published. Nothing is published until the reports feature lands. */
export async function publishedReports(_scope: TenantDb): Promise<PublishedReport[]> {
  return [];
}

/** Publishable indicators with approved, disclosure-controlled values. Empty until indicators land. */
export async function publishedIndicators(_scope: TenantDb): Promise<PublishedIndicator[]> {
  return [];
}
