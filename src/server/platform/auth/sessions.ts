import { recordAudit } from "../audit/record-audit";
import type { Executor } from "../db/database";
import type { appUser, Role } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import type { TokenPrincipal } from "./access-tokens";
import * as q from "./queries";
import { hashToken, newToken, sessionAbsoluteMs, sessionIdleMs } from "./session-token";

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  displayName: string | null;
  totpEnabled: boolean;
  hasPassword: boolean;
  identityProvider: boolean;
  partnerId: string | null;
  committeeId: string | null;
}

/** What a request knows of its signed-in person, from the account row (session or token). */
export function sessionUserOf(user: typeof appUser.$inferSelect): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    displayName: user.displayName,
    totpEnabled: Boolean(user.totpEnabledAt),
    hasPassword: user.passwordHash !== null,
    identityProvider: user.oidcSubject !== null,
    partnerId: user.partnerId,
    committeeId: user.committeeId,
  };
}

export interface Session {
  tokenHash: string;
  user: SessionUser;
  mfaVerified: boolean;
  /** Set when the request came with a personal access token instead of a session cookie. */
  token?: TokenPrincipal;
}

/** The session behind a cookie token, or null when unknown, expired (idle 30 min, absolute 12 h) or disabled. */
export async function authenticate(
  scope: TenantDb,
  token: string,
  nowMs: number,
): Promise<Session | null> {
  const tokenHash = hashToken(token);
  return scope.transaction(async (tx) => {
    const found = await q.findSession(tx, scope.tenantId, tokenHash);
    if (!found) return null;
    const { session, user } = found;
    const idle = nowMs - Date.parse(session.lastSeenAt) > sessionIdleMs;
    const old = nowMs - Date.parse(session.createdAt) > sessionAbsoluteMs;
    if (idle || old || user.disabledAt) {
      await q.deleteSession(tx, scope.tenantId, tokenHash);
      return null;
    }
    if (nowMs - Date.parse(session.lastSeenAt) > 30_000) {
      await q.touchSession(tx, scope.tenantId, tokenHash, new Date(nowMs).toISOString());
    }
    return {
      tokenHash,
      mfaVerified: session.mfaVerified,
      user: sessionUserOf(user),
    };
  });
}

export async function logout(scope: TenantDb, tokenHash: string): Promise<void> {
  await scope.transaction((tx) => q.deleteSession(tx, scope.tenantId, tokenHash));
}

/**
 * Opens a new session (a fresh token: the cookie rotates at every sign-in) and writes the audit
 * entry. The one way to sign in, for passwords and for the identity provider alike.
 */
export async function openSession(
  tx: Executor,
  input: {
    tenantId: string;
    userId: string;
    nowMs: number;
    mfaVerified: boolean;
    userAgent?: string;
    method: "password" | "oidc";
    requestId?: string;
  },
): Promise<string> {
  const token = newToken();
  const at = new Date(input.nowMs).toISOString();
  await q.insertSession(tx, {
    tenantId: input.tenantId,
    tokenHash: hashToken(token),
    userId: input.userId,
    createdAt: at,
    lastSeenAt: at,
    mfaVerified: input.mfaVerified,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: `user:${input.userId}`,
    requestId: input.requestId ?? null,
    action: "user.login",
    entityType: "user",
    entityId: input.userId,
    after: { method: input.method, mfaVerified: input.mfaVerified },
  });
  return token;
}
