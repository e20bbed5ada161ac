import { and, eq } from "drizzle-orm";
import { DomainError } from "../../../../domain/errors";
import { recordAudit } from "../../audit/record-audit";
import { accessToken, appUser } from "../../db/schema";
import type { TenantDb } from "../../db/tenant-scope";
import * as q from "../queries";
import { openSession } from "../sessions";
import { type OidcConfig, roleOfGroups } from "./config";

export interface IdClaims {
  sub: string;
  email?: unknown;
  preferred_username?: unknown;
  name?: unknown;
  amr?: unknown;
  acr?: unknown;
  [claim: string]: unknown;
}

function groupsOf(claims: IdClaims, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function emailOf(claims: IdClaims): string | null {
  for (const value of [claims.email, claims.preferred_username]) {
    if (typeof value === "string" && /^[^\s@]+@[^\s@]+$/.test(value)) return value.trim();
  }
  return null;
}

/** The provider vouches for a second factor: `amr` has mfa/otp, or `acr` is a configured one. */
function secondFactorFromProvider(config: OidcConfig, claims: IdClaims): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  if (amr.includes("mfa") || amr.includes("otp")) return true;
  return typeof claims.acr === "string" && config.mfaAcr.includes(claims.acr);
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * After the provider's ID token passed every check: finds or creates the account (by `sub`, or an
 * existing account with the same e-mail that has no provider identity yet), sets its role from
 * the mapped groups and opens a session exactly as a password sign-in does. No mapped group: no
 * account is created, and an existing one is locked and its sessions and tokens end.
 */
export async function oidcSignIn(
  scope: TenantDb,
  config: OidcConfig,
  input: { claims: IdClaims; nowMs: number; userAgent?: string; requestId: string },
) {
  const { claims, nowMs } = input;
  const { tenantId } = scope;
  const role = roleOfGroups(config, groupsOf(claims, config.roleClaim));
  const email = emailOf(claims);
  const displayName = typeof claims.name === "string" ? claims.name.slice(0, 200) : null;
  const outcome = await scope.transaction(async (tx) => {
    let [user] = await tx
      .select()
      .from(appUser)
      .where(and(eq(appUser.tenantId, tenantId), eq(appUser.oidcSubject, claims.sub)));
    if (!user && email) {
      const byEmail = await q.findUserByEmail(tx, tenantId, email);
      if (byEmail && !byEmail.oidcSubject) user = byEmail;
    }
    const actor = user ? `user:${user.id}` : `oidc:${claims.sub}`;
    if (!role) {
      if (user && !user.disabledAt) {
        await q.updateUser(tx, tenantId, user.id, { disabledAt: iso(nowMs) });
        await q.deleteSessionsOfUser(tx, tenantId, user.id);
        await tx
          .update(accessToken)
          .set({ revokedAt: iso(nowMs) })
          .where(and(eq(accessToken.tenantId, tenantId), eq(accessToken.userId, user.id)));
        await recordAudit(tx, {
          tenantId,
          actor,
          requestId: input.requestId,
          action: "user.oidcLocked",
          entityType: "user",
          entityId: user.id,
          before: { role: user.role },
        });
      }
      return { kind: "noGroup" as const };
    }
    if (user?.disabledAt) return { kind: "locked" as const };
    if (!user) {
      if (!email) return { kind: "noEmail" as const };
      if (await q.findUserByEmail(tx, tenantId, email)) return { kind: "emailTaken" as const };
      user = await q.insertUser(tx, {
        tenantId,
        email,
        displayName,
        role,
        passwordHash: null,
        oidcSubject: claims.sub,
      });
      await recordAudit(tx, {
        tenantId,
        actor: `user:${user.id}`,
        requestId: input.requestId,
        action: "user.oidcCreate",
        entityType: "user",
        entityId: user.id,
        after: { email, role, displayName },
      });
    } else {
      const changes: Partial<typeof appUser.$inferInsert> = { oidcSubject: claims.sub };
      if (displayName && displayName !== user.displayName) changes.displayName = displayName;
      if (role !== user.role) changes.role = role;
      await q.updateUser(tx, tenantId, user.id, changes);
      if (role !== user.role) {
        await recordAudit(tx, {
          tenantId,
          actor: `user:${user.id}`,
          requestId: input.requestId,
          action: "user.oidcRole",
          entityType: "user",
          entityId: user.id,
          before: { role: user.role },
          after: { role },
        });
      }
    }
    const mfaVerified = secondFactorFromProvider(config, claims);
    const token = await openSession(tx, {
      tenantId,
      userId: user.id,
      nowMs,
      mfaVerified,
      userAgent: input.userAgent,
      method: "oidc",
      requestId: input.requestId,
    });
    return { kind: "ok" as const, token, userId: user.id, role, mfaVerified };
  });
  switch (outcome.kind) {
    case "ok":
      return outcome;
    case "noGroup":
      throw new DomainError("forbidden", "auth.oidcNoGroup");
    case "locked":
      throw new DomainError("forbidden", "auth.oidcLocked");
    case "noEmail":
      throw new DomainError("forbidden", "auth.oidcNoEmail");
    default:
      throw new DomainError("conflict", "auth.oidcEmailTaken");
  }
}
