import { randomUUID } from "node:crypto";
import { type ConceptImportInput, maxConceptFileMb } from "../../../../contract/concept-import";
import {
  checkOutline,
  maxOutlineItems,
  type OutlineEntry,
  type OutlineField,
  type OutlineProblem,
} from "../../../../domain/concept-outline";
import { DomainError } from "../../../../domain/errors";
import { recordAudit } from "../../../platform/audit/record-audit";
import type { Actor } from "../../../platform/auth/actor";
import type { TenantDb } from "../../../platform/db/tenant-scope";
import { readTable } from "../../../platform/tabular/read-table";
import * as q from "../queries";
import { readDocxOutline } from "./docx-outline";
import { readTableOutline } from "./table-outline";

export interface CheckedOutline {
  unit: "row" | "paragraph";
  fields: OutlineField[];
  problems: OutlineProblem[];
  skippedParagraphs: number;
  counts: { actionFields: number; goals: number; recommendations: number };
}

const fileBytes = (input: ConceptImportInput) =>
  input.format === "csv"
    ? Buffer.byteLength(input.content)
    : Math.floor((input.content.length * 3) / 4);

/**
 * Reads and checks a concept file; nothing is stored. File-level refusals (too large, not a
 * DOCX/XLSX, a zip bomb, no outline at all, too many items) are DomainErrors on `content`;
 * everything else is a problem at its row or paragraph.
 */
export async function checkConceptFile(input: ConceptImportInput): Promise<CheckedOutline> {
  if (fileBytes(input) > maxConceptFileMb * 2 ** 20)
    throw new DomainError("invalid", "conceptImport.tooLarge", { mb: maxConceptFileMb }, "content");
  let entries: OutlineEntry[];
  let skippedParagraphs = 0;
  if (input.format === "docx") {
    ({ entries, skipped: skippedParagraphs } = readDocxOutline(input.content));
  } else {
    const read = readTableOutline(
      await readTable({ format: input.format, content: input.content }),
    );
    if (read.missingColumns.length)
      throw new DomainError(
        "invalid",
        "conceptImport.columnsMissing",
        { columns: read.missingColumns.join(", ") },
        "content",
      );
    entries = read.entries;
  }
  if (!entries.length) throw new DomainError("invalid", "conceptImport.empty", {}, "content");
  if (entries.length > maxOutlineItems)
    throw new DomainError(
      "invalid",
      "conceptImport.tooManyItems",
      { max: maxOutlineItems },
      "content",
    );
  const { fields, problems } = checkOutline(entries);
  const goals = fields.flatMap((f) => f.goals);
  return {
    unit: input.format === "docx" ? "paragraph" : "row",
    fields,
    problems,
    skippedParagraphs,
    counts: {
      actionFields: fields.length,
      goals: goals.length,
      recommendations: goals.reduce((n, g) => n + g.recommendations.length, 0),
    },
  };
}

/**
 * Imports a checked outline into a new draft version — all or nothing, in one transaction; an
 * adopted version is never touched. Returns the problems instead when there are any.
 */
export async function importConcept(
  scope: TenantDb,
  { actor, requestId, input }: Actor & { input: ConceptImportInput },
): Promise<
  | { imported: { versionId: string; number: number; counts: CheckedOutline["counts"] } }
  | { refused: CheckedOutline }
> {
  const checked = await checkConceptFile(input);
  if (checked.problems.length) return { refused: checked };
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const versions = await q.listVersions(tx, tenantId);
    const adopted = versions.filter((v) => v.status === "adopted").at(-1);
    const draft = await q.insertVersion(tx, {
      tenantId,
      number: await q.nextVersionNumber(tx, tenantId),
      title: input.title ?? "Integrationskonzept (Import)",
      status: "draft",
      basedOnVersionId: adopted?.id ?? null,
    });
    const base = { tenantId, conceptVersionId: draft.id };
    const fields = checked.fields.map((f, i) => ({ f, id: randomUUID(), position: i + 1 }));
    await q.insertActionFields(
      tx,
      fields.map(({ f, id, position }) => ({
        ...base,
        id,
        lineageId: randomUUID(),
        position,
        title: f.title,
        guidingGoal: f.description,
      })),
    );
    const goals = fields.flatMap(({ f, id: fieldId }) =>
      f.goals.map((g, i) => ({ g, fieldId, id: randomUUID(), position: i + 1 })),
    );
    await q.insertGoals(
      tx,
      goals.map(({ g, fieldId, id, position }) => ({
        ...base,
        id,
        actionFieldId: fieldId,
        lineageId: randomUUID(),
        position,
        title: g.title,
        description: g.description,
      })),
    );
    await q.insertRecommendations(
      tx,
      goals.flatMap(({ g, id: goalId }) =>
        g.recommendations.map((r, i) => ({
          ...base,
          id: randomUUID(),
          goalId,
          lineageId: randomUUID(),
          position: i + 1,
          title: r.title,
          description: r.description,
        })),
      ),
    );
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "conceptVersion.import",
      entityType: "conceptVersion",
      entityId: draft.id,
      after: { number: draft.number, title: draft.title, format: input.format, ...checked.counts },
    });
    return { imported: { versionId: draft.id, number: draft.number, counts: checked.counts } };
  });
}
