import { DomainError } from "../../../domain/errors";
import type { TenantDb } from "../db/tenant-scope";
import * as q from "./queries";
import { matchTotp } from "./totp";

/**
 * Confirms Kurs's own second factor inside a running session: for admins who signed in through
 * the identity provider without it vouching for a second factor (no `amr` mfa/otp, no accepted
 * `acr`). Afterwards the session may administer.
 */
export async function verifySecondFactor(
  scope: TenantDb,
  input: { userId: string; sessionTokenHash: string; code: string; nowMs: number },
): Promise<void> {
  await scope.transaction(async (tx) => {
    const user = await q.findUser(tx, scope.tenantId, input.userId);
    if (!user?.totpEnabledAt || !user.totpSecret) {
      throw new DomainError("invalid", "auth.totpNotStarted", {}, "code");
    }
    const step = matchTotp(user.totpSecret, input.code, input.nowMs, user.totpLastStep);
    if (step === null) throw new DomainError("invalid", "auth.secondFactorInvalid", {}, "code");
    await q.updateUser(tx, scope.tenantId, user.id, { totpLastStep: step });
    await q.markSessionVerified(tx, scope.tenantId, input.sessionTokenHash);
  });
}
