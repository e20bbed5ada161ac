import { createHash } from "node:crypto";
import type { ApplicationFile } from "../../../contract/grants";
import { DomainError } from "../../../domain/errors";
import { editableStates } from "../../../domain/grants";
import { checkUpload, listedAttachment } from "../../../domain/paper-files";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor, Viewer } from "../../platform/auth/actor";
import type { Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as fq from "./application-file-queries";
import { visibleApplication } from "./common";

/**
 * Anlagen eines Antrags: the same rules as a paper's attachments (domain/paper-files.ts
 * `checkUpload`); added and removed only while the application is a draft, each audited.
 */
async function lockDraft(tx: Tx, tenantId: string, id: string, viewer: Viewer) {
  const row = await visibleApplication(tx, tenantId, id, viewer, true);
  if (!editableStates.includes(row.application.state))
    throw new DomainError("conflict", "grant.notEditable");
  return row;
}

export interface Upload {
  fileName: string;
  name?: string;
  mimeType: string;
  content: Buffer;
}

export async function uploadApplicationFile(
  scope: TenantDb,
  options: Actor & { id: string; viewer: Viewer; upload: Upload },
): Promise<ApplicationFile> {
  const { upload } = options;
  const checked = checkUpload(upload);
  if ("problem" in checked) {
    const { code, params, path } = checked.problem;
    throw new DomainError("invalid", code, params, path);
  }
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, options.id, options.viewer);
    const created = await fq.insertFile(tx, {
      tenantId,
      applicationId: options.id,
      name: upload.name?.trim() || checked.fileName,
      fileName: checked.fileName,
      mimeType: checked.mimeType,
      size: upload.content.length,
      sha1: createHash("sha1").update(upload.content).digest("hex"),
      content: upload.content,
      createdBy: options.actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantApplicationFile.create",
      entityType: "grantApplicationFile",
      entityId: created.id,
      after: created,
    });
    return listedAttachment(created);
  });
}

export async function removeApplicationFile(
  scope: TenantDb,
  options: Actor & { id: string; fileId: string; viewer: Viewer },
): Promise<void> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    await lockDraft(tx, tenantId, options.id, options.viewer);
    const removed = await fq.deleteFile(tx, tenantId, options.id, options.fileId);
    if (!removed) throw new DomainError("notFound", "paperFile.notFound");
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantApplicationFile.delete",
      entityType: "grantApplicationFile",
      entityId: removed.id,
      before: removed,
    });
  });
}

export async function readApplicationFile(
  scope: TenantDb,
  options: { id: string; fileId: string; viewer: Viewer },
) {
  return scope.transaction(async (tx) => {
    await visibleApplication(tx, scope.tenantId, options.id, options.viewer);
    const file = await fq.findFileContent(tx, scope.tenantId, options.id, options.fileId);
    if (!file) throw new DomainError("notFound", "paperFile.notFound");
    return file;
  });
}
