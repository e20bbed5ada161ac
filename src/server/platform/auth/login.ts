import { createHash, randomBytes } from "node:crypto";
import { DomainError } from "../../../domain/errors";
import type { Executor } from "../db/database";
import type { TenantDb } from "../db/tenant-scope";
import { verifyAgainstDummy, verifyPassword } from "./password";
import * as q from "./queries";
import { openSession } from "./sessions";
import { matchTotp } from "./totp";

const maxFailures = 5;
const failureWindowMs = 15 * 60 * 1000;
const lockMs = 15 * 60 * 1000;

export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(code.replace(/[\s-]/g, "").toLowerCase()).digest("hex");
}

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = randomBytes(5).toString("hex");
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

export interface LoginInput {
  email: string;
  password: string;
  totpCode?: string;
  recoveryCode?: string;
  userAgent?: string;
  nowMs: number;
  /** False with KURS_LOCAL_LOGIN=0: only the break-glass admin may use a password. */
  localLogin?: boolean;
  requestId?: string;
}

export interface LoginResult {
  token: string;
  user: {
    id: string;
    email: string;
    role: string;
    displayName: string | null;
    totpEnabled: boolean;
    identityProvider: boolean;
  };
  mfaVerified: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

async function registerFailure(tx: Executor, tenantId: string, hash: string, nowMs: number) {
  const row = await q.findThrottle(tx, tenantId, hash);
  const windowStart = row ? Date.parse(row.windowStartedAt) : nowMs;
  const fresh = !row || nowMs - windowStart > failureWindowMs;
  const failures = fresh ? 1 : row.failures + 1;
  await q.saveThrottle(tx, {
    tenantId,
    emailHash: hash,
    failures,
    windowStartedAt: iso(fresh ? nowMs : windowStart),
    lockedUntil: failures >= maxFailures ? iso(nowMs + lockMs) : null,
  });
}

/**
 * Checks e-mail and password (and, for admins who enrolled, the second factor) and opens a new
 * session. Unknown addresses cost the same time and are throttled the same way as known ones.
 * Failures are counted in their own transaction so that a refusal still records them.
 */
export async function login(scope: TenantDb, input: LoginInput): Promise<LoginResult> {
  const hash = emailHash(input.email);
  const { tenantId } = scope;
  const outcome = await scope.transaction(async (tx) => {
    const throttle = await q.findThrottle(tx, tenantId, hash);
    if (throttle?.lockedUntil && Date.parse(throttle.lockedUntil) > input.nowMs) {
      const seconds = Math.ceil((Date.parse(throttle.lockedUntil) - input.nowMs) / 1000);
      return { kind: "locked" as const, seconds };
    }
    const user = await q.findUserByEmail(tx, tenantId, input.email);
    const passwordAllowed = input.localLogin !== false || user?.breakGlass === true;
    if (!user || user.disabledAt || !user.passwordHash || !passwordAllowed) {
      await verifyAgainstDummy(input.password);
      return { kind: "failed" as const };
    }
    if (!(await verifyPassword(user.passwordHash, input.password)))
      return { kind: "failed" as const };
    let mfaVerified = false;
    if (user.totpEnabledAt && user.totpSecret) {
      if (input.totpCode) {
        const step = matchTotp(user.totpSecret, input.totpCode, input.nowMs, user.totpLastStep);
        if (step === null) return { kind: "secondFactorInvalid" as const, path: "totpCode" };
        await q.updateUser(tx, tenantId, user.id, { totpLastStep: step });
      } else if (input.recoveryCode) {
        const used = await q.consumeRecoveryCode(
          tx,
          tenantId,
          user.id,
          recoveryCodeHash(input.recoveryCode),
          iso(input.nowMs),
        );
        if (!used) return { kind: "secondFactorInvalid" as const, path: "recoveryCode" };
      } else {
        return { kind: "secondFactorRequired" as const };
      }
      mfaVerified = true;
    }
    await q.clearThrottle(tx, tenantId, hash);
    const token = await openSession(tx, {
      tenantId,
      userId: user.id,
      nowMs: input.nowMs,
      mfaVerified,
      userAgent: input.userAgent,
      method: "password",
      requestId: input.requestId,
    });
    return {
      kind: "ok" as const,
      result: {
        token,
        mfaVerified,
        user: {
          id: user.id,
          email: user.email,
          role: user.role,
          displayName: user.displayName,
          totpEnabled: Boolean(user.totpEnabledAt),
          identityProvider: user.oidcSubject !== null,
        },
      },
    };
  });

  switch (outcome.kind) {
    case "ok":
      return outcome.result;
    case "locked":
      throw new DomainError(
        "tooManyRequests",
        "auth.locked",
        { minutes: Math.ceil(outcome.seconds / 60) },
        undefined,
        outcome.seconds,
      );
    case "secondFactorRequired":
      throw new DomainError("unauthenticated", "auth.secondFactorRequired", {}, "totpCode");
    case "secondFactorInvalid":
      await scope.transaction((tx) => registerFailure(tx, tenantId, hash, input.nowMs));
      throw new DomainError("unauthenticated", "auth.secondFactorInvalid", {}, outcome.path);
    default:
      await scope.transaction((tx) => registerFailure(tx, tenantId, hash, input.nowMs));
      throw new DomainError("unauthenticated", "auth.invalidCredentials");
  }
}
