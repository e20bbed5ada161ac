import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import { appUser, loginThrottle, passwordReset, recoveryCode, userSession } from "../db/schema";

export async function findUserByEmail(db: Executor, tenantId: string, email: string) {
  const rows = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), sql`lower(${appUser.email}) = lower(${email})`));
  return rows[0] ?? null;
}

export async function findUser(db: Executor, tenantId: string, userId: string) {
  const rows = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
  return rows[0] ?? null;
}

export async function listUsers(db: Executor, tenantId: string) {
  return db
    .select()
    .from(appUser)
    .where(eq(appUser.tenantId, tenantId))
    .orderBy(asc(appUser.email));
}

export async function insertUser(db: Executor, row: typeof appUser.$inferInsert) {
  const [created] = await db.insert(appUser).values(row).returning();
  if (!created) throw new Error("user insert returned nothing");
  return created;
}

export async function updateUser(
  db: Executor,
  tenantId: string,
  userId: string,
  values: Partial<typeof appUser.$inferInsert>,
) {
  await db
    .update(appUser)
    .set(values)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
}

export async function insertSession(db: Executor, row: typeof userSession.$inferInsert) {
  await db.insert(userSession).values(row);
}

export async function findSession(db: Executor, tenantId: string, tokenHash: string) {
  const rows = await db
    .select({ session: userSession, user: appUser })
    .from(userSession)
    .innerJoin(
      appUser,
      and(eq(appUser.tenantId, userSession.tenantId), eq(appUser.id, userSession.userId)),
    )
    .where(and(eq(userSession.tenantId, tenantId), eq(userSession.tokenHash, tokenHash)));
  return rows[0] ?? null;
}

export async function touchSession(db: Executor, tenantId: string, tokenHash: string, at: string) {
  await db
    .update(userSession)
    .set({ lastSeenAt: at })
    .where(and(eq(userSession.tenantId, tenantId), eq(userSession.tokenHash, tokenHash)));
}

export async function markSessionVerified(db: Executor, tenantId: string, tokenHash: string) {
  await db
    .update(userSession)
    .set({ mfaVerified: true })
    .where(and(eq(userSession.tenantId, tenantId), eq(userSession.tokenHash, tokenHash)));
}

export async function deleteSession(db: Executor, tenantId: string, tokenHash: string) {
  await db
    .delete(userSession)
    .where(and(eq(userSession.tenantId, tenantId), eq(userSession.tokenHash, tokenHash)));
}

export async function deleteSessionsOfUser(db: Executor, tenantId: string, userId: string) {
  await db
    .delete(userSession)
    .where(and(eq(userSession.tenantId, tenantId), eq(userSession.userId, userId)));
}

export async function findThrottle(db: Executor, tenantId: string, emailHash: string) {
  const rows = await db
    .select()
    .from(loginThrottle)
    .where(and(eq(loginThrottle.tenantId, tenantId), eq(loginThrottle.emailHash, emailHash)))
    .for("update");
  return rows[0] ?? null;
}

export async function saveThrottle(db: Executor, row: typeof loginThrottle.$inferInsert) {
  await db
    .insert(loginThrottle)
    .values(row)
    .onConflictDoUpdate({
      target: [loginThrottle.tenantId, loginThrottle.emailHash],
      set: {
        failures: row.failures,
        windowStartedAt: row.windowStartedAt,
        lockedUntil: row.lockedUntil ?? null,
      },
    });
}

export async function clearThrottle(db: Executor, tenantId: string, emailHash: string) {
  await db
    .delete(loginThrottle)
    .where(and(eq(loginThrottle.tenantId, tenantId), eq(loginThrottle.emailHash, emailHash)));
}

export async function replaceRecoveryCodes(
  db: Executor,
  tenantId: string,
  userId: string,
  hashes: string[],
) {
  await db
    .delete(recoveryCode)
    .where(and(eq(recoveryCode.tenantId, tenantId), eq(recoveryCode.userId, userId)));
  await db.insert(recoveryCode).values(hashes.map((codeHash) => ({ tenantId, userId, codeHash })));
}

/** Marks an unused recovery code used; true when one matched. */
export async function consumeRecoveryCode(
  db: Executor,
  tenantId: string,
  userId: string,
  codeHash: string,
  at: string,
): Promise<boolean> {
  const rows = await db
    .update(recoveryCode)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCode.tenantId, tenantId),
        eq(recoveryCode.userId, userId),
        eq(recoveryCode.codeHash, codeHash),
        isNull(recoveryCode.usedAt),
      ),
    )
    .returning({ id: recoveryCode.id });
  return rows.length > 0;
}

export async function insertPasswordReset(db: Executor, row: typeof passwordReset.$inferInsert) {
  await db.insert(passwordReset).values(row);
}

export async function findPasswordReset(db: Executor, tenantId: string, tokenHash: string) {
  const rows = await db
    .select()
    .from(passwordReset)
    .where(and(eq(passwordReset.tenantId, tenantId), eq(passwordReset.tokenHash, tokenHash)))
    .for("update");
  return rows[0] ?? null;
}

export async function markPasswordResetUsed(
  db: Executor,
  tenantId: string,
  tokenHash: string,
  at: string,
) {
  await db
    .update(passwordReset)
    .set({ usedAt: at })
    .where(and(eq(passwordReset.tenantId, tenantId), eq(passwordReset.tokenHash, tokenHash)));
}
