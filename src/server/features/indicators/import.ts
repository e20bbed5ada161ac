import type { ValueImportInput, ValueImportPreview } from "../../../contract/indicators";
import { type CheckedRow, checkImport } from "../../../domain/indicator-import";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { readTable as readSharedTable } from "../../platform/tabular/read-table";
import { municipalityOptions } from "../../platform/tenancy/municipality-service";
import * as q from "./queries";

/** Import of indicator values from CSV or XLSX (the shared, bounded reader): preview, then all rows or none. */
export async function readTable(input: ValueImportInput): Promise<string[][]> {
  return readSharedTable(input);
}

async function checked(db: Executor, tenantId: string, table: string[][]) {
  const indicators = await q.listIndicators(db, tenantId);
  const municipalities = await municipalityOptions(db, tenantId);
  return checkImport(table, { indicators, municipalities });
}

export type ProblemText = (code: string) => string;

function toPreview(
  result: Awaited<ReturnType<typeof checked>>,
  text: ProblemText,
): ValueImportPreview {
  const rows = result.rows.map((r: CheckedRow) => ({
    row: r.row,
    cells: r.cells,
    problems: r.problems.map((p) => ({ column: p.column, message: text(p.code) })),
  }));
  if (result.missing.length)
    rows.unshift({
      row: 1,
      cells: result.columns,
      problems: result.missing.map((p) => ({ column: p.column, message: text(p.code) })),
    });
  return {
    columns: result.columns,
    rows,
    valid: result.rows.length > 0 && rows.every((r) => r.problems.length === 0),
  };
}

export async function previewValueImport(
  scope: TenantDb,
  { table, text }: { table: string[][]; text: ProblemText },
): Promise<ValueImportPreview> {
  return scope.transaction(async (tx) => toPreview(await checked(tx, scope.tenantId, table), text));
}

/** Saves every row as a draft, or refuses the whole file with every problem by row and column. */
export async function runValueImport(
  scope: TenantDb,
  { actor, requestId, table, text }: Actor & { table: string[][]; text: ProblemText },
): Promise<{ imported: number } | { refused: ValueImportPreview }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const result = await checked(tx, tenantId, table);
    const preview = toPreview(result, text);
    if (!preview.valid) return { refused: preview };
    for (const row of result.rows) {
      if (!row.value) continue;
      await q.saveDraft(tx, { tenantId, ...row.value, enteredBy: actor, status: "draft" });
    }
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicator.import",
      entityType: "indicatorValue",
      after: { rows: result.rows.length },
    });
    return { imported: result.rows.length };
  });
}
