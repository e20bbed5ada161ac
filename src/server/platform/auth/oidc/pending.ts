import { and, eq, lt } from "drizzle-orm";
import { oidcLogin } from "../../db/schema";
import type { TenantDb } from "../../db/tenant-scope";

/** A sign-in at the provider that has not come back yet is dropped after ten minutes. */
export const pendingMaxMs = 10 * 60 * 1000;

export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  nextPath: string;
}

/** Keeps state, nonce and PKCE verifier under a random id (the browser's cookie). */
export async function savePendingSignIn(
  scope: TenantDb,
  id: string,
  pending: PendingSignIn,
  nowMs: number,
): Promise<void> {
  await scope.transaction(async (tx) => {
    await tx
      .delete(oidcLogin)
      .where(
        and(
          eq(oidcLogin.tenantId, scope.tenantId),
          lt(oidcLogin.createdAt, new Date(nowMs - pendingMaxMs).toISOString()),
        ),
      );
    await tx.insert(oidcLogin).values({
      tenantId: scope.tenantId,
      id,
      ...pending,
      createdAt: new Date(nowMs).toISOString(),
    });
  });
}

/** Takes the pending sign-in out (used once: a replayed callback finds nothing); null if stale. */
export async function takePendingSignIn(
  scope: TenantDb,
  id: string,
  nowMs: number,
): Promise<PendingSignIn | null> {
  const row = await scope.transaction(async (tx) => {
    const [taken] = await tx
      .delete(oidcLogin)
      .where(and(eq(oidcLogin.tenantId, scope.tenantId), eq(oidcLogin.id, id)))
      .returning();
    return taken ?? null;
  });
  if (!row || nowMs - Date.parse(row.createdAt) > pendingMaxMs) return null;
  return row;
}
