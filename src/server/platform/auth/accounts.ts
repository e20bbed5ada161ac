import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../audit/record-audit";
import type { Executor } from "../db/database";
import type { Role } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import type { Actor } from "./actor";
import { newRecoveryCodes, recoveryCodeHash } from "./login";
import { hashPassword, passwordProblems, verifyPassword } from "./password";
import * as q from "./queries";
import { hashToken, newToken } from "./session-token";
import { generateTotpSecret, matchTotp, otpauthUri } from "./totp";

const iso = (ms: number) => new Date(ms).toISOString();

/** Throws a 422 naming `path` with the first broken password rule. */
function assertPasswordAcceptable(password: string, path = "password"): void {
  const [problem] = passwordProblems(password);
  if (problem) throw new DomainError("invalid", problem, {}, path);
}

function publicUser(user: Awaited<ReturnType<typeof q.insertUser>>) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    totpEnabled: Boolean(user.totpEnabledAt),
    disabled: Boolean(user.disabledAt),
    createdAt: user.createdAt,
  };
}
export type PublicUser = ReturnType<typeof publicUser>;

export interface NewUser {
  email: string;
  role: Role;
  password: string;
  displayName?: string | null;
  /** For partner accounts: the organisation whose measures and figures they report. */
  partnerId?: string | null;
}

/** Creates an account (password rules checked, e-mail unique per county), audited. */
async function createUserIn(tx: Executor, tenantId: string, input: NewUser, acting: Actor) {
  assertPasswordAcceptable(input.password);
  if (await q.findUserByEmail(tx, tenantId, input.email)) {
    throw new DomainError("conflict", "user.emailTaken", {}, "email");
  }
  const user = await q.insertUser(tx, {
    tenantId,
    email: input.email.trim(),
    role: input.role,
    displayName: input.displayName ?? null,
    partnerId: input.role === "partner" ? (input.partnerId ?? null) : null,
    passwordHash: await hashPassword(input.password),
  });
  await recordAudit(tx, {
    tenantId,
    ...acting,
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    after: { email: user.email, role: user.role, displayName: user.displayName },
  });
  return publicUser(user);
}

export function createUser(scope: TenantDb, input: NewUser, acting: Actor) {
  return scope.transaction((tx) => createUserIn(tx, scope.tenantId, input, acting));
}

export function listAccounts(scope: TenantDb): Promise<PublicUser[]> {
  return scope.transaction(async (tx) => (await q.listUsers(tx, scope.tenantId)).map(publicUser));
}

export async function updateAccount(
  scope: TenantDb,
  userId: string,
  changes: { role?: Role; disabled?: boolean; displayName?: string | null },
  acting: Actor & { userId: string },
): Promise<PublicUser> {
  return scope.transaction(async (tx) => {
    const before = await q.findUser(tx, scope.tenantId, userId);
    if (!before) throw new DomainError("notFound", "user.notFound");
    const demotes = changes.role !== undefined && changes.role !== before.role;
    if (userId === acting.userId && (demotes || changes.disabled)) {
      throw new DomainError("conflict", "user.selfChange", {}, demotes ? "role" : "disabled");
    }
    if (before.role === "admin" && !before.disabledAt && (demotes || changes.disabled)) {
      const admins = (await q.listUsers(tx, scope.tenantId)).filter(
        (u) => u.role === "admin" && !u.disabledAt && u.id !== userId,
      );
      if (admins.length === 0) throw new DomainError("conflict", "user.lastAdmin");
    }
    await q.updateUser(tx, scope.tenantId, userId, {
      ...(changes.role ? { role: changes.role } : {}),
      ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
      ...(changes.disabled !== undefined
        ? { disabledAt: changes.disabled ? new Date().toISOString() : null }
        : {}),
    });
    if (changes.disabled || changes.role) await q.deleteSessionsOfUser(tx, scope.tenantId, userId);
    const after = await q.findUser(tx, scope.tenantId, userId);
    if (!after) throw new DomainError("notFound", "user.notFound");
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor: acting.actor,
      requestId: acting.requestId,
      action: "user.update",
      entityType: "user",
      entityId: userId,
      before: {
        role: before.role,
        disabled: Boolean(before.disabledAt),
        displayName: before.displayName,
      },
      after: {
        role: after.role,
        disabled: Boolean(after.disabledAt),
        displayName: after.displayName,
      },
    });
    return publicUser(after);
  });
}

/** Changes the own password; ends every session of the account and opens a fresh one. */
export async function changePassword(
  scope: TenantDb,
  input: { userId: string; current: string; next: string; nowMs: number; mfaVerified: boolean },
  acting: Actor,
): Promise<{ token: string }> {
  assertPasswordAcceptable(input.next, "newPassword");
  return scope.transaction(async (tx) => {
    const user = await q.findUser(tx, scope.tenantId, input.userId);
    if (!user) throw new DomainError("notFound", "user.notFound");
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.current))) {
      throw new DomainError("invalid", "password.wrongCurrent", {}, "currentPassword");
    }
    await q.updateUser(tx, scope.tenantId, user.id, {
      passwordHash: await hashPassword(input.next),
      passwordChangedAt: iso(input.nowMs),
    });
    await q.deleteSessionsOfUser(tx, scope.tenantId, user.id);
    const token = newToken();
    await q.insertSession(tx, {
      tenantId: scope.tenantId,
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: iso(input.nowMs),
      lastSeenAt: iso(input.nowMs),
      mfaVerified: input.mfaVerified,
    });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      action: "user.changePassword",
      entityType: "user",
      entityId: user.id,
    });
    return { token };
  });
}

/** Starts TOTP enrolment: stores a new secret (inactive until confirmed). */
export async function startTotp(scope: TenantDb, userId: string, issuer: string, acting: Actor) {
  return scope.transaction(async (tx) => {
    const user = await q.findUser(tx, scope.tenantId, userId);
    if (!user) throw new DomainError("notFound", "user.notFound");
    const secret = generateTotpSecret();
    // The factor in force (if any) stays until the new one is confirmed.
    await q.updateUser(tx, scope.tenantId, userId, { totpPendingSecret: secret });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      action: "user.totpStart",
      entityType: "user",
      entityId: userId,
    });
    return { secret, otpauthUri: otpauthUri(secret, user.email, issuer) };
  });
}

/** Confirms TOTP with a code; returns ten one-time recovery codes (shown once). */
export async function confirmTotp(
  scope: TenantDb,
  input: { userId: string; code: string; sessionTokenHash: string; nowMs: number },
  acting: Actor,
): Promise<{ recoveryCodes: string[] }> {
  return scope.transaction(async (tx) => {
    const user = await q.findUser(tx, scope.tenantId, input.userId);
    if (!user?.totpPendingSecret) throw new DomainError("conflict", "auth.totpNotStarted");
    const step = matchTotp(user.totpPendingSecret, input.code, input.nowMs);
    if (step === null) throw new DomainError("invalid", "auth.secondFactorInvalid", {}, "code");
    await q.updateUser(tx, scope.tenantId, user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: iso(input.nowMs),
      totpLastStep: step,
    });
    const codes = newRecoveryCodes();
    await q.replaceRecoveryCodes(tx, scope.tenantId, user.id, codes.map(recoveryCodeHash));
    await q.markSessionVerified(tx, scope.tenantId, input.sessionTokenHash);
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      action: "user.totpEnable",
      entityType: "user",
      entityId: user.id,
    });
    return { recoveryCodes: codes };
  });
}

const passwordResetValidityMs = 24 * 60 * 60 * 1000;

/** An admin issues a one-time reset token for an account (valid 24 h). */
export async function issuePasswordReset(
  scope: TenantDb,
  input: { userId: string; createdBy: string; nowMs: number },
  acting: Actor,
): Promise<{ token: string; expiresAt: string }> {
  return scope.transaction(async (tx) => {
    const user = await q.findUser(tx, scope.tenantId, input.userId);
    if (!user) throw new DomainError("notFound", "user.notFound");
    const token = newToken();
    const expiresAt = iso(input.nowMs + passwordResetValidityMs);
    await q.insertPasswordReset(tx, {
      tenantId: scope.tenantId,
      tokenHash: hashToken(token),
      userId: user.id,
      createdBy: input.createdBy,
      expiresAt,
    });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      action: "user.issuePasswordReset",
      entityType: "user",
      entityId: user.id,
      after: { expiresAt },
    });
    return { token, expiresAt };
  });
}

/** Uses a reset token once: sets the new password and ends all sessions of the account. */
export async function resetPassword(
  scope: TenantDb,
  input: { token: string; newPassword: string; nowMs: number },
  acting: Actor,
): Promise<void> {
  assertPasswordAcceptable(input.newPassword, "newPassword");
  await scope.transaction(async (tx) => {
    const tokenHash = hashToken(input.token);
    const reset = await q.findPasswordReset(tx, scope.tenantId, tokenHash);
    if (!reset || reset.usedAt || Date.parse(reset.expiresAt) < input.nowMs) {
      throw new DomainError("invalid", "reset.invalid", {}, "token");
    }
    await q.updateUser(tx, scope.tenantId, reset.userId, {
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: iso(input.nowMs),
    });
    await q.markPasswordResetUsed(tx, scope.tenantId, tokenHash, iso(input.nowMs));
    await q.deleteSessionsOfUser(tx, scope.tenantId, reset.userId);
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      ...acting,
      actor: `user:${reset.userId}`,
      action: "user.resetPassword",
      entityType: "user",
      entityId: reset.userId,
    });
  });
}
