import type { TenantDb } from "../../platform/db/tenant-scope";
import { reportHtmlDocument } from "../../renderers/reports/report-html";
import { renderReportPdf } from "../../renderers/reports/report-pdf";
import type { ReportSnapshot } from "../../renderers/reports/report-snapshot";
import * as q from "./queries";
import { sha256Hex } from "./snapshot-json";

/**
 * Final committee reports on the public site: only those presented in a public session and not
 * superseded by a later report. Their files are rendered from the frozen snapshot alone (whose
 * indicator figures were disclosure-controlled when it was built for a public session). The
 * public site (public-site/) gives them their addresses.
 */

/** Published: presented in a public session and not superseded (also the OParl export's rule). */
export const isPublished = (
  row: { id: string; publicSession: boolean },
  all: { supersedesReportId: string | null }[],
) => row.publicSession && !all.some((other) => other.supersedesReportId === row.id);

export async function listPublicReports(scope: TenantDb) {
  const { all, presented } = await scope.transaction(async (tx) => {
    const rows = await q.listReports(tx, scope.tenantId);
    const published = rows.filter((row) => isPublished(row, rows)).map((r) => r.id);
    return { all: rows, presented: await q.presentedOnOfReports(tx, scope.tenantId, published) };
  });
  return all
    .filter((row) => isPublished(row, all))
    .map((row) => ({
      id: row.id,
      title: row.title,
      committee: row.committee,
      // The meeting it was presented in; reports made before they named one: the day frozen.
      presentedOn: presented.get(row.id) ?? row.finalisedAt.slice(0, 10),
    }));
}

/** The public file of a published report, or null when there is no such published report. */
export async function publicReportFile(
  scope: TenantDb,
  id: string,
  format: "html" | "pdf",
): Promise<{ body: Buffer; snapshot: ReportSnapshot } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const found = await scope.transaction(async (tx) => {
    const all = await q.listReports(tx, scope.tenantId);
    const row = all.find((r) => r.id === id);
    if (!row || !isPublished(row, all)) return null;
    return q.findReport(tx, scope.tenantId, id);
  });
  if (!found) return null;
  if (sha256Hex(found.snapshotJson) !== found.snapshotSha256)
    throw new Error(`committee_report ${id}: snapshot does not match its SHA-256`);
  const snapshot = JSON.parse(found.snapshotJson) as ReportSnapshot;
  const body =
    format === "pdf"
      ? await renderReportPdf(snapshot)
      : Buffer.from(reportHtmlDocument(snapshot), "utf8");
  return { body, snapshot };
}
