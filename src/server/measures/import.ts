import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  type CellProblem,
  checkImportRow,
  type ImportColumn,
  type ImportedMeasure,
  importColumns,
} from "../../domain/measure-import";
import { toCsv } from "../audit/csv";
import { recordAudit } from "../audit/record-audit";
import * as concept from "../concept/queries";
import type { Executor } from "../db/database";
import type { TenantDb } from "../db/tenant-scope";
import * as o from "./options-queries";
import * as q from "./queries";
import { summarise } from "./summaries";

export const importInputSchema = z
  .object({ format: z.literal("csv"), content: z.string().min(1).max(900_000) })
  .strict();

export const importPreviewSchema = z
  .object({
    columns: z.array(z.string()),
    valid: z.boolean(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        title: z.string(),
        problems: z.array(z.object({ column: z.string(), code: z.string() })),
      }),
    ),
  })
  .meta({ id: "MeasureImportPreview" });
type Preview = z.infer<typeof importPreviewSchema>;

async function lookups(db: Executor, tenantId: string) {
  const adopted = (await concept.listVersions(db, tenantId))
    .filter((v) => v.status === "adopted")
    .at(-1);
  const tree = adopted
    ? await concept.loadVersionTree(db, tenantId, adopted.id)
    : { fields: [], goals: [], recommendations: [] };
  const fieldOfGoal = new Map(tree.goals.map((g) => [g.id, g.actionFieldId]));
  return {
    fields: tree.fields.map((f) => ({ id: f.id, position: f.position, title: f.title })),
    recommendations: tree.recommendations.map((r) => ({
      id: r.id,
      title: r.title,
      fieldId: fieldOfGoal.get(r.goalId) ?? "",
    })),
    measureTypes: await o.listMeasureTypes(db, tenantId),
  };
}

/** Parses and checks every row; row numbers count the header as row 1 (as a spreadsheet does). */
async function check(db: Executor, tenantId: string, table: string[][]) {
  const [header = [], ...body] = table;
  const names = header.map((h) => h.trim());
  const missing = importColumns.filter(
    (c) =>
      ["Titel", "Handlungsfeld", "Handlungsempfehlung", "Maßnahmenart"].includes(c) &&
      !names.includes(c),
  );
  const look = await lookups(db, tenantId);
  const measures: ImportedMeasure[] = [];
  const rows: Preview["rows"] = body.map((cells, i) => {
    const record: Partial<Record<ImportColumn, string>> = {};
    names.forEach((n, j) => {
      if ((importColumns as readonly string[]).includes(n))
        record[n as ImportColumn] = cells[j] ?? "";
    });
    const result = checkImportRow(record, look);
    if (result.measure) measures.push(result.measure);
    const problems: CellProblem[] = [...result.problems];
    return { row: i + 2, title: record.Titel ?? "", problems };
  });
  const headerProblems = missing.map((column) => ({ column, code: "missingColumn" }));
  if (headerProblems.length) rows.unshift({ row: 1, title: "", problems: headerProblems });
  const valid = rows.every((r) => r.problems.length === 0) && body.length > 0;
  return { preview: { columns: [...importColumns], valid, rows }, measures };
}

export async function previewImport(scope: TenantDb, table: string[][]): Promise<Preview> {
  return scope.transaction(async (tx) => (await check(tx, scope.tenantId, table)).preview);
}

/** All rows or none: one problem anywhere and nothing is written (422 naming row and column). */
export async function runImport(
  scope: TenantDb,
  {
    actor,
    requestId,
    table,
    today,
  }: { actor: string; requestId?: string; table: string[][]; today: string },
): Promise<{ imported: number } | { refused: Preview }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const { preview, measures } = await check(tx, tenantId, table);
    if (!preview.valid) return { refused: preview };
    const batch = randomUUID();
    for (const m of measures) {
      const created = await q.insertMeasure(tx, {
        tenantId,
        title: m.title,
        description: m.description,
        measureTypeId: m.measureTypeId,
        startOn: m.startOn,
        endOn: m.endOn,
        responsibleUnit: m.responsibleUnit,
        plannedCents: m.plannedCents,
        plannedFte: m.plannedFte,
      });
      await q.replaceLinks(tx, tenantId, created.id, {
        recommendationIds: [...new Set(m.recommendationIds)],
        partners: [],
        municipalityIds: [],
        milestones: [],
      });
      await q.insertStatusChange(tx, {
        tenantId,
        measureId: created.id,
        toStatus: "planned",
        changedOn: today,
        reason: "Importiert",
        actor,
      });
      await recordAudit(tx, {
        tenantId,
        actor,
        requestId,
        action: "measure.import",
        entityType: "measure",
        entityId: created.id,
        after: { ...m, importBatch: batch },
      });
    }
    return { imported: measures.length };
  });
}

/** The measures as CSV in the import's columns (plus status and traffic light); no internal notes. */
export async function exportCsv(scope: TenantDb, { today }: { today: string }): Promise<string> {
  return scope.transaction(async (tx) => {
    const rows = await q.listMeasureRows(tx, scope.tenantId, {});
    const summaries = await summarise(tx, scope.tenantId, rows, today);
    const links = await q.recommendationLinks(tx, scope.tenantId);
    const details = new Map(
      (await Promise.all(rows.map((r) => q.findMeasure(tx, scope.tenantId, r.id)))).map((m) => [
        m?.id,
        m,
      ]),
    );
    const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
    const de = (iso: string | null) => (iso ? iso.split("-").reverse().join(".") : "");
    return toCsv(
      [...importColumns, "Status", "Ampel", "Letzter Sachstand", "Beispieldaten"],
      summaries.map((s) => {
        const own = links.filter((l) => l.measureId === s.id);
        const d = details.get(s.id);
        return [
          s.title,
          own[0]?.fieldTitle ?? "",
          own.map((l) => l.recommendationTitle).join(" | "),
          s.measureType,
          de(s.startOn),
          de(s.endOn),
          d?.responsibleUnit ?? "",
          euro(d?.plannedCents ?? 0),
          String(d?.plannedFte ?? 0).replace(".", ","),
          d?.description ?? "",
          s.status,
          s.trafficLight,
          de(s.latestUpdateOn),
          s.isExample ? "ja" : "nein",
        ];
      }),
    );
  });
}
