import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { appUser } from "../db/schema";
import type { TenantDb } from "../db/tenant-scope";
import * as q from "./queries";

/**
 * Names the break-glass admin (`npm run kurs -- break-glass --email …`): with KURS_LOCAL_LOGIN=0
 * the only account whose local password still works, for when the identity provider is down.
 * One per county: naming another moves the mark. Returns an error text, or null when done.
 */
export async function setBreakGlass(scope: TenantDb, email: string): Promise<string | null> {
  return scope.transaction(async (tx) => {
    const user = await q.findUserByEmail(tx, scope.tenantId, email);
    if (!user) return `Konto ${email} gibt es nicht.`;
    if (user.role !== "admin") return `Konto ${email} ist kein Administrationskonto.`;
    if (!user.passwordHash) return `Konto ${email} hat kein Kurs-Passwort (nur Landkreis-Konto).`;
    await tx
      .update(appUser)
      .set({ breakGlass: false })
      .where(and(eq(appUser.tenantId, scope.tenantId), eq(appUser.breakGlass, true)));
    await q.updateUser(tx, scope.tenantId, user.id, { breakGlass: true });
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor: "cli:break-glass",
      action: "user.breakGlass",
      entityType: "user",
      entityId: user.id,
      after: { breakGlass: true },
    });
    return null;
  });
}
