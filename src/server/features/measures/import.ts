import { randomUUID } from "node:crypto";
import type { ImportPreview } from "../../../contract/measure-import";
import { checkImportRow, importColumns } from "../../../domain/measure-import";
import { checkProgressRow, progressColumns } from "../../../domain/progress-import";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as concept from "../concept/read";
import * as o from "./options-queries";
import * as q from "./queries";
import { measureTitles } from "./table-queries";

type Preview = ImportPreview;

/** What is imported: its columns, the required ones, and the check of one row. */
interface ImportSpec<T> {
  columns: readonly string[];
  required: readonly string[];
  /** The cell shown as the row's title in the preview. */
  titleColumn: string;
  checkRow(cells: Record<string, string>): { item: T | null; problems: Problem[] };
}
interface Problem {
  column: string;
  code: string;
}

/** Checks every row; row numbers count the header as row 1 (as a spreadsheet does). */
function checkTable<T>(table: string[][], spec: ImportSpec<T>) {
  const [header = [], ...body] = table;
  const names = header.map((h) => h.trim());
  const items: T[] = [];
  const rows: Preview["rows"] = body.map((cells, i) => {
    const record: Record<string, string> = {};
    names.forEach((n, j) => {
      if (spec.columns.includes(n)) record[n] = cells[j] ?? "";
    });
    const result = spec.checkRow(record);
    if (result.item) items.push(result.item);
    return { row: i + 2, title: record[spec.titleColumn] ?? "", problems: [...result.problems] };
  });
  const missing = spec.required.filter((c) => !names.includes(c));
  if (missing.length)
    rows.unshift({
      row: 1,
      title: "",
      problems: missing.map((column) => ({ column, code: "missingColumn" })),
    });
  const valid = rows.every((r) => r.problems.length === 0) && body.length > 0;
  return { preview: { columns: [...spec.columns], valid, rows }, items };
}

async function measureSpec(db: Executor, tenantId: string) {
  const adopted = (await concept.listVersions(db, tenantId))
    .filter((v) => v.status === "adopted")
    .at(-1);
  const tree = adopted
    ? await concept.loadVersionTree(db, tenantId, adopted.id)
    : { fields: [], goals: [], recommendations: [] };
  const fieldOfGoal = new Map(tree.goals.map((g) => [g.id, g.actionFieldId]));
  const lookups = {
    fields: tree.fields.map((f) => ({ id: f.id, position: f.position, title: f.title })),
    recommendations: tree.recommendations.map((r) => ({
      id: r.id,
      title: r.title,
      fieldId: fieldOfGoal.get(r.goalId) ?? "",
    })),
    measureTypes: await o.listMeasureTypes(db, tenantId),
  };
  return {
    columns: importColumns,
    required: ["Titel", "Handlungsfeld", "Handlungsempfehlung", "Maßnahmenart"],
    titleColumn: "Titel",
    checkRow: (cells: Record<string, string>) => {
      const { measure, problems } = checkImportRow(cells, lookups);
      return { item: measure, problems };
    },
  };
}

async function progressSpec(db: Executor, tenantId: string, today: string) {
  const measures = await measureTitles(db, tenantId);
  return {
    columns: progressColumns,
    required: progressColumns,
    titleColumn: "Maßnahme",
    checkRow: (cells: Record<string, string>) => {
      const { update, problems } = checkProgressRow(cells, { measures, today });
      return { item: update, problems };
    },
  };
}

export type ImportKind = "measures" | "progress";

export async function previewImport(
  scope: TenantDb,
  { kind, table, today }: { kind: ImportKind; table: string[][]; today: string },
): Promise<Preview> {
  return scope.transaction(async (tx) => {
    const spec =
      kind === "measures"
        ? await measureSpec(tx, scope.tenantId)
        : await progressSpec(tx, scope.tenantId, today);
    return checkTable<unknown>(table, spec).preview;
  });
}

interface RunInput {
  actor: string;
  requestId?: string;
  kind: ImportKind;
  table: string[][];
  today: string;
}

/** All rows or none: one problem anywhere and nothing is written (422 naming row and column). */
export async function runImport(
  scope: TenantDb,
  { actor, requestId, kind, table, today }: RunInput,
): Promise<{ imported: number } | { refused: Preview }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const batch = randomUUID();
    const audit = (entityId: string, after: Record<string, unknown>, action: string) =>
      recordAudit(tx, {
        tenantId,
        actor,
        requestId,
        action,
        entityType: "measure",
        entityId,
        after: { ...after, importBatch: batch },
      });
    if (kind === "progress") {
      const { preview, items } = checkTable(table, await progressSpec(tx, tenantId, today));
      if (!preview.valid) return { refused: preview };
      for (const u of items) {
        const created = await q.insertProgressUpdate(tx, { tenantId, ...u, figures: [], actor });
        await audit(u.measureId, { id: created.id, ...u }, "progressUpdate.import");
      }
      return { imported: items.length };
    }
    const { preview, items } = checkTable(table, await measureSpec(tx, tenantId));
    if (!preview.valid) return { refused: preview };
    for (const m of items) {
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
      await audit(created.id, { ...m }, "measure.import");
    }
    return { imported: items.length };
  });
}
