import type {
  ApplicationLink,
  ApplicationLinkInput,
  ApplicationLinkScope,
  CreatedApplicationLink,
  LinkApplicationInput,
} from "../../../contract/grant-applications";
import type { Application } from "../../../contract/grants";
import { DomainError } from "../../../domain/errors";
import { linkUsableOn } from "../../../domain/indicator";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor, Viewer } from "../../platform/auth/actor";
import { linkTokenHash, newLinkToken } from "../../platform/auth/link-tokens";
import type { Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { partnerExists } from "../partners/read";
import {
  readApplicationFile,
  removeApplicationFile,
  type Upload,
  uploadApplicationFile,
} from "./application-files";
import * as lq from "./application-link-queries";
import { changeState, createApplication, getApplication, updateApplication } from "./applications";
import { inTransaction, presentApplication } from "./common";
import { getProgramme } from "./programmes";
import * as q from "./queries";

/**
 * Applying through a scoped link, without an account: the link names one organisation and one
 * programme; its holder sees and changes only the applications made through it. Every change is
 * audited with the link as actor (`link:<id>`).
 */
function present(row: lq.ApplicationLinkRow, partnerName: string): ApplicationLink {
  return {
    id: row.id,
    programmeId: row.programmeId,
    partnerId: row.partnerId,
    partnerName,
    note: row.note,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    createdAt: row.createdAt,
  };
}

const linkActor = (id: string) => `link:${id}`;

export async function listLinks(
  scope: TenantDb,
  programmeId: string,
): Promise<{ items: ApplicationLink[] }> {
  return scope.transaction(async (tx) => ({
    items: (await lq.listLinks(tx, scope.tenantId, programmeId)).map((r) =>
      present(r.link, r.partnerName),
    ),
  }));
}

export async function createLink(
  scope: TenantDb,
  options: Actor & { programmeId: string; input: ApplicationLinkInput; today: string },
): Promise<CreatedApplicationLink> {
  const { tenantId } = scope;
  const { input } = options;
  return scope.transaction(async (tx) => {
    if (!(await q.findProgramme(tx, tenantId, options.programmeId)))
      throw new DomainError("notFound", "grant.programmeNotFound");
    if (!(await partnerExists(tx, tenantId, input.partnerId)))
      throw new DomainError("invalid", "grant.partnerUnknown", {}, "partnerId");
    if (input.expiresOn < options.today)
      throw new DomainError("invalid", "grant.linkExpiryPast", {}, "expiresOn");
    const { token, tokenHash } = newLinkToken();
    const created = await lq.insertLink(tx, {
      tenantId,
      programmeId: options.programmeId,
      partnerId: input.partnerId,
      tokenHash,
      note: input.note || null,
      expiresAt: `${input.expiresOn}T23:59:59Z`,
      createdBy: options.actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantApplicationLink.create",
      entityType: "grantApplicationLink",
      entityId: created.id,
      after: { ...created, tokenHash: "(stored)" },
    });
    const found = await lq.findLink(tx, tenantId, created.id);
    return { ...present(created, found?.partnerName ?? ""), token };
  });
}

export async function revokeLink(
  scope: TenantDb,
  options: Actor & { programmeId: string; id: string },
): Promise<void> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    const found = await lq.findLink(tx, tenantId, options.id);
    if (!found || found.link.programmeId !== options.programmeId)
      throw new DomainError("notFound", "grant.linkNotFound");
    if (found.link.revokedAt) return;
    await lq.revokeLink(tx, tenantId, options.id);
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "grantApplicationLink.revoke",
      entityType: "grantApplicationLink",
      entityId: options.id,
    });
  });
}

/** The link behind a token, if usable today; unknown, revoked and expired look alike (404). */
async function usableLink(tx: Tx, tenantId: string, token: string, today: string) {
  const found = await lq.findLinkByHash(tx, tenantId, linkTokenHash(token));
  if (!found || !linkUsableOn(found.link, today))
    throw new DomainError("notFound", "grant.linkNotUsable");
  return found;
}

/** The link's holder acts as its organisation, and only on what was made through the link. */
const viewerOf = (link: lq.ApplicationLinkRow): Viewer => ({
  role: "partner",
  partnerId: link.partnerId,
});

async function ownApplication(tx: Tx, tenantId: string, link: lq.ApplicationLinkRow, id: string) {
  const found = await q.findApplication(tx, tenantId, id);
  if (
    !found ||
    found.application.createdBy !== linkActor(link.id) ||
    found.application.partnerId !== link.partnerId
  )
    throw new DomainError("notFound", "grant.applicationNotFound");
}

export async function linkScope(
  scope: TenantDb,
  options: { token: string; today: string },
): Promise<ApplicationLinkScope> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const { link, partnerName } = await usableLink(tx, tenantId, options.token, options.today);
    const rows = await q.listApplications(tx, tenantId, {
      partnerId: link.partnerId,
      programmeId: link.programmeId,
    });
    const applications: Application[] = [];
    for (const row of rows.filter((r) => r.application.createdBy === linkActor(link.id)))
      applications.push(await presentApplication(tx, tenantId, row));
    return {
      partnerName,
      expiresAt: link.expiresAt,
      programme: await getProgramme(inTransaction(tx, tenantId), link.programmeId),
      applications,
    };
  });
}

/** Does `work` as the link's organisation in one transaction, and notes the link's use. */
async function asLink<T>(
  scope: TenantDb,
  options: { token: string; today: string; applicationId?: string },
  work: (inner: TenantDb, link: lq.ApplicationLinkRow) => Promise<T>,
): Promise<T> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const { link } = await usableLink(tx, tenantId, options.token, options.today);
    if (options.applicationId) await ownApplication(tx, tenantId, link, options.applicationId);
    const result = await work(inTransaction(tx, tenantId), link);
    await lq.touchLink(tx, tenantId, link.id);
    return result;
  });
}

type LinkOptions = { token: string; today: string; requestId?: string };

export const getByLink = (scope: TenantDb, options: LinkOptions & { id: string }) =>
  asLink(scope, { ...options, applicationId: options.id }, (inner, link) =>
    getApplication(inner, { id: options.id, viewer: viewerOf(link) }),
  );

export const createByLink = (
  scope: TenantDb,
  options: LinkOptions & { input: LinkApplicationInput },
) =>
  asLink(scope, options, (inner, link) =>
    createApplication(inner, {
      actor: linkActor(link.id),
      requestId: options.requestId,
      viewer: viewerOf(link),
      input: { ...options.input, programmeId: link.programmeId, partnerId: link.partnerId },
      today: options.today,
    }),
  );

export const updateByLink = (
  scope: TenantDb,
  options: LinkOptions & { id: string; input: LinkApplicationInput },
) =>
  asLink(scope, { ...options, applicationId: options.id }, (inner, link) =>
    updateApplication(inner, {
      actor: linkActor(link.id),
      requestId: options.requestId,
      id: options.id,
      viewer: viewerOf(link),
      input: { ...options.input, programmeId: link.programmeId, partnerId: link.partnerId },
    }),
  );

export const changeStateByLink = (
  scope: TenantDb,
  options: LinkOptions & { id: string; to: "submitted" | "withdrawn"; reason: string | null },
) =>
  asLink(scope, { ...options, applicationId: options.id }, (inner, link) =>
    changeState(inner, {
      actor: linkActor(link.id),
      requestId: options.requestId,
      id: options.id,
      viewer: viewerOf(link),
      to: options.to,
      reason: options.reason,
      today: options.today,
    }),
  );

export const uploadByLink = (
  scope: TenantDb,
  options: LinkOptions & { id: string; upload: Upload },
) =>
  asLink(scope, { ...options, applicationId: options.id }, (inner, link) =>
    uploadApplicationFile(inner, {
      actor: linkActor(link.id),
      requestId: options.requestId,
      id: options.id,
      viewer: viewerOf(link),
      upload: options.upload,
    }),
  );

export const removeFileByLink = (
  scope: TenantDb,
  options: LinkOptions & { id: string; fileId: string },
) =>
  asLink(scope, { ...options, applicationId: options.id }, (inner, link) =>
    removeApplicationFile(inner, {
      actor: linkActor(link.id),
      requestId: options.requestId,
      id: options.id,
      fileId: options.fileId,
      viewer: viewerOf(link),
    }),
  );

export const readFileByLink = (
  scope: TenantDb,
  options: LinkOptions & { id: string; fileId: string },
) =>
  asLink(scope, { ...options, applicationId: options.id }, (inner, link) =>
    readApplicationFile(inner, { id: options.id, fileId: options.fileId, viewer: viewerOf(link) }),
  );
