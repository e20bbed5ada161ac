import type { TableFormat } from "../../../domain/file-formats";
import { importColumns } from "../../../domain/measure-import";
import { trafficLightLabels } from "../../../domain/measure-progress";
import { centsToEuroNumber, formatEuroAmount } from "../../../domain/money";
import { progressColumns } from "../../../domain/progress-import";
import { toCsv } from "../../platform/audit/csv";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { type ExportCell, type ExportColumn, writeXlsx } from "../../platform/tabular/xlsx-table";
import type { Audience } from "./published";
import * as q from "./queries";
import { summarise } from "./summaries";
import { progressRows } from "./table-queries";

/** A table to export: typed cells, so CSV writes German text and XLSX real dates and numbers. */
interface ExportTable {
  sheet: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

const columnKinds: Partial<Record<string, ExportColumn["kind"]>> = {
  Beginn: "date",
  Ende: "date",
  "Geplante Mittel (Euro)": "euro",
  "Geplantes Personal (VZÄ)": "number",
  "Letzter Sachstand": "date",
  Datum: "date",
};
const column = (header: string): ExportColumn => ({
  header,
  kind: columnKinds[header] ?? "text",
});

/** The measures in the import's columns (plus status and traffic light); no internal notes. */
async function measureTable(
  scope: TenantDb,
  today: string,
  audience: Audience,
): Promise<ExportTable> {
  return scope.transaction(async (tx) => {
    const rows = await q.listMeasureRows(tx, scope.tenantId, {
      publishedOnly: audience === "public",
    });
    const summaries = await summarise(tx, scope.tenantId, rows, today);
    const links = await q.recommendationLinks(tx, scope.tenantId);
    const details = new Map(
      (await Promise.all(rows.map((r) => q.findMeasure(tx, scope.tenantId, r.id)))).map((m) => [
        m?.id,
        m,
      ]),
    );
    return {
      sheet: "Maßnahmen",
      columns: [...importColumns, "Status", "Ampel", "Letzter Sachstand", "Beispieldaten"].map(
        column,
      ),
      rows: summaries.map((s) => {
        const own = links.filter((l) => l.measureId === s.id);
        const d = details.get(s.id);
        return [
          s.title,
          own[0]?.fieldTitle ?? "",
          own.map((l) => l.recommendationTitle).join(" | "),
          s.measureType,
          s.startOn,
          s.endOn,
          d?.responsibleUnit ?? "",
          d?.plannedCents ?? 0,
          Number(d?.plannedFte ?? 0),
          d?.description ?? "",
          s.status,
          trafficLightLabels[s.trafficLight],
          s.latestUpdateOn,
          s.isExample ? "ja" : "nein",
        ];
      }),
    };
  });
}

/** Every progress update in the progress import's columns (so an export can be imported). */
async function progressTable(scope: TenantDb, audience: Audience): Promise<ExportTable> {
  return scope.transaction(async (tx) => ({
    sheet: "Sachstände",
    columns: [...progressColumns, "Beispieldaten"].map(column),
    rows: (await progressRows(tx, scope.tenantId, { publishedOnly: audience === "public" })).map(
      (u) => [
        u.measureTitle,
        u.reportedOn,
        trafficLightLabels[u.trafficLight],
        u.text,
        u.isExample ? "ja" : "nein",
      ],
    ),
  }));
}

const germanDate = (iso: string) => iso.split("-").reverse().join(".");

function csvOf({ columns, rows }: ExportTable): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) =>
      row.map((value, i) => {
        const kind = columns[i]?.kind;
        if (value === null) return "";
        if (kind === "date" && typeof value === "string") return germanDate(value);
        if (kind === "euro" && typeof value === "number") return formatEuroAmount(value);
        if (kind === "number") return String(value).replace(".", ",");
        return value;
      }),
    ),
  );
}

function xlsxOf({ sheet, columns, rows }: ExportTable): Promise<Buffer> {
  return writeXlsx(
    sheet,
    columns,
    rows.map((row) =>
      row.map((value, i) => {
        const kind = columns[i]?.kind;
        if (kind === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
        if (kind === "euro" && typeof value === "number") return centsToEuroNumber(value);
        return value;
      }),
    ),
  );
}

export type ExportKind = "measures" | "progress";

export async function exportTable(
  scope: TenantDb,
  {
    kind,
    format,
    today,
    audience,
  }: { kind: ExportKind; format: TableFormat; today: string; audience: Audience },
): Promise<string | Buffer> {
  const table =
    kind === "measures"
      ? await measureTable(scope, today, audience)
      : await progressTable(scope, audience);
  return format === "csv" ? csvOf(table) : xlsxOf(table);
}
