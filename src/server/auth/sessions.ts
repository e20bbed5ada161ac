import type { Role } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import * as q from "./queries";
import { hashToken, sessionAbsoluteMs, sessionIdleMs } from "./session-token";

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  displayName: string | null;
  totpEnabled: boolean;
  partnerId: string | null;
  committeeId: string | null;
}

export interface Session {
  tokenHash: string;
  user: SessionUser;
  mfaVerified: boolean;
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
      user: {
        id: user.id,
        email: user.email,
        role: user.role,
        displayName: user.displayName,
        totpEnabled: Boolean(user.totpEnabledAt),
        partnerId: user.partnerId,
        committeeId: user.committeeId,
      },
    };
  });
}

export async function logout(scope: TenantDb, tokenHash: string): Promise<void> {
  await scope.transaction((tx) => q.deleteSession(tx, scope.tenantId, tokenHash));
}
