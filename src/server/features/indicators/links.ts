import type {
  CreatedLink,
  Link,
  LinkInput,
  SubmissionInput,
  SubmissionScope,
} from "../../../contract/indicators";
import { DomainError } from "../../../domain/errors";
import { isPeriod, linkUsableOn } from "../../../domain/indicator";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import { linkTokenHash, newLinkToken } from "../../platform/auth/link-tokens";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { municipalityOptions } from "../../platform/tenancy/municipality-service";
import { existingIds } from "../measures/read";
import * as lq from "./link-queries";
import * as q from "./queries";
import { checkValue, saveOwnDraft } from "./service";

/** Scoped submission links: a partner enters named values without an account. */

function present(row: lq.LinkRow, partnerName: string): Link {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName,
    indicatorIds: row.indicatorIds,
    periods: row.periods,
    note: row.note,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    createdAt: row.createdAt,
  };
}

export async function listLinks(scope: TenantDb): Promise<{ items: Link[] }> {
  return scope.transaction(async (tx) => ({
    items: (await lq.listLinks(tx, scope.tenantId)).map((r) => present(r.link, r.partnerName)),
  }));
}

export async function createLink(
  scope: TenantDb,
  { actor, requestId, input, today }: Actor & { input: LinkInput; today: string },
): Promise<CreatedLink> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const partners = await existingIds(tx, tenantId, "partner", [input.partnerId]);
    if (!partners.size)
      throw new DomainError("invalid", "indicator.unknownPartner", {}, "partnerId");
    const indicatorIds = [...new Set(input.indicatorIds)];
    const rows: q.IndicatorRow[] = [];
    for (const [i, id] of indicatorIds.entries()) {
      const row = await q.findIndicator(tx, tenantId, id);
      if (!row || row.aggregation === "ratio")
        throw new DomainError("invalid", "indicator.notFound", {}, `indicatorIds.${i}`);
      rows.push(row);
    }
    const periods = [...new Set(input.periods)];
    const bad = periods.findIndex((p) => !rows.some((r) => isPeriod(r.periodicity, p)));
    if (bad >= 0) throw new DomainError("invalid", "link.periodFitsNone", {}, `periods.${bad}`);
    if (input.expiresOn < today)
      throw new DomainError("invalid", "link.expiryPast", {}, "expiresOn");
    const { token, tokenHash } = newLinkToken();
    const created = await lq.insertLink(tx, {
      tenantId,
      partnerId: input.partnerId,
      tokenHash,
      indicatorIds,
      periods,
      note: input.note || null,
      expiresAt: `${input.expiresOn}T23:59:59Z`,
      createdBy: actor,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicatorLink.create",
      entityType: "indicatorSubmissionLink",
      entityId: created.id,
      after: { ...input, tokenHash: "(stored)" },
    });
    const partnerName = (await lq.listLinks(tx, tenantId)).find(
      (l) => l.link.id === created.id,
    )?.partnerName;
    return { ...present(created, partnerName ?? ""), token };
  });
}

export async function revokeLink(
  scope: TenantDb,
  { actor, requestId, id }: Actor & { id: string },
): Promise<void> {
  const { tenantId } = scope;
  await scope.transaction(async (tx) => {
    const row = await lq.findLink(tx, tenantId, id);
    if (!row) throw new DomainError("notFound", "link.notFound");
    if (row.revokedAt) return;
    await lq.revokeLink(tx, tenantId, id);
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "indicatorLink.revoke",
      entityType: "indicatorSubmissionLink",
      entityId: id,
    });
  });
}

/** The link behind a token, if it is usable now; unknown, revoked and expired look alike. */
async function usableLink(db: Executor, tenantId: string, token: string, today: string) {
  const found = await lq.findLinkByHash(db, tenantId, linkTokenHash(token));
  if (!found || !linkUsableOn(found.link, today))
    throw new DomainError("notFound", "link.notUsable");
  return found;
}

export async function linkScope(
  scope: TenantDb,
  { token, today }: { token: string; today: string },
): Promise<SubmissionScope> {
  return scope.transaction(async (tx) => {
    const { link, partnerName } = await usableLink(tx, scope.tenantId, token, today);
    const indicators = [];
    for (const id of link.indicatorIds) {
      const row = await q.findIndicator(tx, scope.tenantId, id);
      if (row)
        indicators.push({
          id: row.id,
          key: row.key,
          name: row.name,
          unit: row.unit,
          periodicity: row.periodicity,
        });
    }
    const places = await municipalityOptions(tx, scope.tenantId, { activeOnly: true });
    return {
      partnerName,
      expiresAt: link.expiresAt,
      periods: link.periods,
      indicators,
      municipalities: places.map((m) => ({ id: m.id, name: m.name })),
    };
  });
}

/**
 * Values entered through a link: all or nothing, drafts for the office to approve, each one
 * audited with the link as actor. Values outside the link's scope or already approved are refused.
 */
export async function submitByLink(
  scope: TenantDb,
  {
    token,
    today,
    input,
    requestId,
  }: { token: string; today: string; input: SubmissionInput; requestId?: string },
): Promise<{ saved: number }> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const { link } = await usableLink(tx, tenantId, token, today);
    const actor = `link:${link.id}`;
    for (const [i, v] of input.values.entries()) {
      const path = `values.${i}.`;
      if (!link.indicatorIds.includes(v.indicatorId))
        throw new DomainError("forbidden", "link.outOfScope", {}, `${path}indicatorId`);
      if (!link.periods.includes(v.period))
        throw new DomainError("forbidden", "link.outOfScope", {}, `${path}period`);
      const row = await q.findIndicator(tx, tenantId, v.indicatorId, true);
      if (!row) throw new DomainError("invalid", "indicator.notFound", {}, `${path}indicatorId`);
      await checkValue(tx, tenantId, row, v, path);
      const cell = {
        indicatorId: v.indicatorId,
        period: v.period,
        municipalityId: v.municipalityId ?? null,
      };
      if (await q.findApproved(tx, tenantId, cell))
        throw new DomainError("conflict", "link.alreadyApproved", {}, `${path}value`);
      await saveOwnDraft(tx, { tenantId, actor, requestId }, cell, {
        value: v.value ?? null,
        mark: v.mark ?? null,
        referenceDate: v.referenceDate ?? null,
        partnerId: link.partnerId,
      });
    }
    await lq.touchLink(tx, tenantId, link.id);
    return { saved: input.values.length };
  });
}
