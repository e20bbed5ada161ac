import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { CreateAccessToken } from "../../../contract/access-tokens";
import { accessTokenPrefix, type TokenAccessLevel } from "../../../domain/access-tokens";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../audit/record-audit";
import { accessToken, appUser } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import type { Actor } from "./actor";
import { hashToken } from "./session-token";
import { type Session, sessionUserOf } from "./sessions";

const iso = (ms: number) => new Date(ms).toISOString();
const dayMs = 24 * 60 * 60 * 1000;
/** last_used_at is written at most once a minute per token (the audit trail has every use). */
const touchEveryMs = 60_000;

const isoOrNull = (value: string | null) => (value ? new Date(value).toISOString() : null);

function view(row: typeof accessToken.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    access: row.access,
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    lastUsedAt: isoOrNull(row.lastUsedAt),
    revokedAt: isoOrNull(row.revokedAt),
  };
}

/** Creates a token for the signed-in person; the token itself is returned this once only. */
export async function createAccessToken(
  scope: TenantDb,
  userId: string,
  input: CreateAccessToken,
  nowMs: number,
  acting: Actor,
) {
  const token = `${accessTokenPrefix}${randomBytes(32).toString("base64url")}`;
  return scope.transaction(async (tx) => {
    const [row] = await tx
      .insert(accessToken)
      .values({
        tenantId: scope.tenantId,
        userId,
        name: input.name,
        access: input.access,
        tokenHash: hashToken(token),
        createdAt: iso(nowMs),
        expiresAt: iso(nowMs + input.validDays * dayMs),
      })
      .returning();
    if (!row) throw new Error("token insert returned nothing");
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      action: "accessToken.create",
      entityType: "accessToken",
      entityId: row.id,
      after: { name: row.name, access: row.access, expiresAt: row.expiresAt },
    });
    return { ...view(row), token };
  });
}

export async function listAccessTokens(scope: TenantDb, userId: string) {
  return scope.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(accessToken)
      .where(and(eq(accessToken.tenantId, scope.tenantId), eq(accessToken.userId, userId)))
      .orderBy(desc(accessToken.createdAt));
    return rows.map(view);
  });
}

/** Revokes one of the person's own tokens (idempotent: revoking twice keeps the first time). */
export async function revokeAccessToken(
  scope: TenantDb,
  userId: string,
  tokenId: string,
  nowMs: number,
  acting: Actor,
) {
  await scope.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(accessToken)
      .where(
        and(
          eq(accessToken.tenantId, scope.tenantId),
          eq(accessToken.id, tokenId),
          eq(accessToken.userId, userId),
        ),
      );
    if (!row) throw new DomainError("notFound", "accessToken.notFound");
    if (row.revokedAt) return;
    await tx
      .update(accessToken)
      .set({ revokedAt: iso(nowMs) })
      .where(and(eq(accessToken.tenantId, scope.tenantId), eq(accessToken.id, tokenId)));
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      action: "accessToken.revoke",
      entityType: "accessToken",
      entityId: tokenId,
    });
  });
}

export interface TokenPrincipal {
  id: string;
  access: TokenAccessLevel;
}

/**
 * The person behind a bearer token, or null when the token is unknown, revoked, expired or its
 * account is locked. Every accepted use is written to the audit trail (method and route), in the
 * same transaction as the look-up.
 */
export async function authenticateAccessToken(
  scope: TenantDb,
  token: string,
  nowMs: number,
  use: { method: string; url: string; requestId: string },
): Promise<(Session & { token: TokenPrincipal }) | null> {
  if (!token.startsWith(accessTokenPrefix)) return null;
  const tokenHash = hashToken(token);
  return scope.transaction(async (tx) => {
    const [found] = await tx
      .select({ token: accessToken, user: appUser })
      .from(accessToken)
      .innerJoin(
        appUser,
        and(eq(appUser.tenantId, accessToken.tenantId), eq(appUser.id, accessToken.userId)),
      )
      .where(and(eq(accessToken.tenantId, scope.tenantId), eq(accessToken.tokenHash, tokenHash)));
    if (!found) return null;
    const { token: row, user } = found;
    if (row.revokedAt || Date.parse(row.expiresAt) <= nowMs || user.disabledAt) return null;
    if (!row.lastUsedAt || nowMs - Date.parse(row.lastUsedAt) > touchEveryMs) {
      await tx
        .update(accessToken)
        .set({ lastUsedAt: iso(nowMs) })
        .where(and(eq(accessToken.tenantId, scope.tenantId), eq(accessToken.id, row.id)));
    }
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor: `user:${user.id}`,
      requestId: use.requestId,
      action: "accessToken.use",
      entityType: "accessToken",
      entityId: row.id,
      after: { method: use.method, url: use.url.split("?")[0]?.slice(0, 300) },
    });
    return {
      tokenHash,
      mfaVerified: false,
      token: { id: row.id, access: row.access },
      user: sessionUserOf(user),
    };
  });
}
