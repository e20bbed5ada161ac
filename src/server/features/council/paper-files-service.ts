import { createHash } from "node:crypto";
import type { Paper, PaperFile, UpdatePaper } from "../../../contract/council";
import { DomainError } from "../../../domain/errors";
import { checkUpload, isPaperDecided, listedAttachment } from "../../../domain/paper-files";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as q from "./paper-files-queries";
import { readPaper } from "./service";

/** Locks the paper and refuses when it does not exist or is decided. */
async function lockOpenPaper(tx: Executor, tenantId: string, paperId: string) {
  const locked = await q.lockPaper(tx, tenantId, paperId);
  if (!locked) throw new DomainError("notFound", "paper.notFound");
  if (isPaperDecided(locked.outcomes)) throw new DomainError("conflict", "paper.decided");
  return locked.paper;
}

export async function uploadPaperFile(
  scope: TenantDb,
  {
    actor,
    requestId,
    paperId,
    fileName: rawName,
    name,
    mimeType,
    content,
  }: Actor & {
    paperId: string;
    fileName: string;
    name?: string;
    mimeType: string;
    content: Buffer;
  },
): Promise<PaperFile> {
  const checked = checkUpload({ mimeType, content, fileName: rawName });
  if ("problem" in checked) {
    const { code, params, path } = checked.problem;
    throw new DomainError("invalid", code, params, path);
  }
  const { fileName } = checked;
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await lockOpenPaper(tx, tenantId, paperId);
    const created = await q.insertPaperFile(tx, {
      tenantId,
      paperId,
      name: name?.trim() || fileName,
      fileName,
      mimeType: checked.mimeType,
      size: content.length,
      sha1: createHash("sha1").update(content).digest("hex"),
      content,
    });
    await q.updatePaperRow(tx, tenantId, paperId, {});
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "paperFile.create",
      entityType: "paper_file",
      entityId: created.id,
      after: created,
    });
    return listedAttachment(created);
  });
}

export async function removePaperFile(
  scope: TenantDb,
  { actor, requestId, paperId, fileId }: Actor & { paperId: string; fileId: string },
): Promise<void> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    await lockOpenPaper(tx, tenantId, paperId);
    const removed = await q.deletePaperFile(tx, tenantId, paperId, fileId);
    if (!removed) throw new DomainError("notFound", "paperFile.notFound");
    await q.updatePaperRow(tx, tenantId, paperId, {});
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "paperFile.delete",
      entityType: "paper_file",
      entityId: removed.id,
      before: removed,
    });
  });
}

export async function readPaperFileContent(
  scope: TenantDb,
  { id, paperId }: { id: string; paperId?: string },
) {
  const file = await scope.transaction((tx) => q.findPaperFileContent(tx, scope.tenantId, id));
  if (!file || (paperId && file.paperId !== paperId)) {
    throw new DomainError("notFound", "paperFile.notFound");
  }
  return file;
}

export async function updatePaper(
  scope: TenantDb,
  { actor, requestId, paperId, input }: Actor & { paperId: string; input: UpdatePaper },
): Promise<Paper> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await lockOpenPaper(tx, tenantId, paperId);
    const orNull = (v: string | undefined) => (v === undefined ? undefined : v || null);
    const changes = {
      reference: orNull(input.reference),
      title: input.title,
      statementOfFacts: input.statementOfFacts,
      proposedResolution: orNull(input.proposedResolution),
      financialImpact: orNull(input.financialImpact),
      leadUnit: orNull(input.leadUnit),
      paperDate: input.paperDate,
    };
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined),
    ) as typeof changes;
    const after = await q.updatePaperRow(tx, tenantId, paperId, defined);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "paper.update",
      entityType: "paper",
      entityId: paperId,
      before,
      after,
    });
    return readPaper(tx, tenantId, paperId);
  });
}
