import { createHash } from "node:crypto";
import {
  cleanFileName,
  declaredFileProblem,
  maxPaperFileBytes,
  type PaperFileType,
  paperFileProblem,
} from "../../../../domain/paper-files";
import { recordAudit } from "../../../platform/audit/record-audit";
import type { TenantDb } from "../../../platform/db/tenant-scope";
import { message } from "../../../platform/http/messages";
import type { OParlReader } from "./client";
import * as q from "./file-queries";

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** A paper's files in OParl: its mainFile, then its auxiliaryFiles (embedded File objects). */
export function filesOfOParlPaper(p: Json): Json[] {
  const main = p.mainFile && typeof p.mainFile === "object" ? [p.mainFile as Json] : [];
  const aux = Array.isArray(p.auxiliaryFile)
    ? p.auxiliaryFile.filter((f): f is Json => !!f && typeof f === "object")
    : [];
  return [...main, ...aux].filter((f) => f.deleted !== true);
}

export type FileOutcome = "created" | "updated" | "unchanged" | "skipped";

/**
 * Imports one file of a paper within the upload rules of Anlagen (domain/paper-files.ts: type,
 * size, content): refused by its declared type or size before fetching, by its bytes after. A
 * file already stored under its name and not modified at the source since is not fetched again.
 */
export async function importPaperFile(
  scope: TenantDb,
  reader: OParlReader,
  { paperId, file, actor }: { paperId: string; file: Json; actor: string },
): Promise<{ outcome: FileOutcome; reason?: string }> {
  const url = str(file.downloadUrl) ?? str(file.accessUrl);
  const name = str(file.name);
  const fileName = cleanFileName(str(file.fileName) ?? name ?? "");
  const label = str(file.id) ?? url ?? "?";
  if (!url || !fileName) return { outcome: "skipped", reason: `${label}: ohne Adresse oder Namen` };
  const refused = (problem: { code: string; params: Record<string, number> }) => ({
    outcome: "skipped" as const,
    reason: `${label}: ${message("de", problem.code, problem.params)}`,
  });
  const declared = declaredFileProblem(
    str(file.mimeType) ?? "",
    typeof file.size === "number" ? file.size : null,
  );
  if (declared) return refused(declared);
  const stored = (
    await scope.transaction((tx) => q.filesOfPaper(tx, scope.tenantId, paperId))
  ).find((f) => f.fileName === fileName);
  const modified = Date.parse(String(file.modified ?? file.created ?? ""));
  if (stored && !(modified > Date.parse(stored.createdAt))) return { outcome: "unchanged" };
  const mimeType = str(file.mimeType) ?? "";
  const { bytes } = await reader.getFile(url, maxPaperFileBytes);
  const problem = paperFileProblem(mimeType, bytes);
  if (problem) return refused(problem);
  await scope.transaction(async (tx) => {
    const created = await q.replaceImportedFile(tx, {
      tenantId: scope.tenantId,
      paperId,
      name: name ?? fileName,
      fileName,
      mimeType: mimeType as PaperFileType, // checked by paperFileProblem
      size: bytes.length,
      sha1: createHash("sha1").update(bytes).digest("hex"),
      content: bytes,
    });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor,
      action: stored ? "oparl.import.updated" : "oparl.import.created",
      entityType: "paper_file",
      entityId: created.id,
      after: { oparlId: str(file.id), fileName },
    });
  });
  return { outcome: stored ? "updated" : "created" };
}
