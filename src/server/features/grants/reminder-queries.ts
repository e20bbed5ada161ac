import { and, eq, inArray, isNull } from "drizzle-orm";
import type { ProofReminderKind } from "../../../domain/proof-of-use";
import type { Executor } from "../../platform/db/database";
import { appUser, grantProofReminder, partner } from "../../platform/db/schema";

/**
 * The addresses of provider organisations (never a migrant's): each organisation's contact
 * address and its partner accounts that are not disabled, by organisation, sorted and without
 * repeats.
 */
export async function providerAddresses(
  db: Executor,
  tenantId: string,
  partnerIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>();
  if (!partnerIds.length) return new Map();
  const add = (id: string | null, email: string | null) => {
    if (!id || !email) return;
    out.set(id, (out.get(id) ?? new Set()).add(email));
  };
  const contacts = await db
    .select({ id: partner.id, email: partner.contactEmail })
    .from(partner)
    .where(and(eq(partner.tenantId, tenantId), inArray(partner.id, partnerIds)));
  for (const c of contacts) add(c.id, c.email);
  const accounts = await db
    .select({ id: appUser.partnerId, email: appUser.email })
    .from(appUser)
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.role, "partner"),
        isNull(appUser.disabledAt),
        inArray(appUser.partnerId, partnerIds),
      ),
    );
  for (const a of accounts) add(a.id, a.email);
  return new Map([...out].map(([id, emails]) => [id, [...emails].sort()]));
}

export interface ProofReminderClaim {
  tenantId: string;
  applicationId: string;
  kind: ProofReminderKind;
  dueOn: string;
  recipient: string;
  sentBy: string;
}

/** Claims one reminder: true when this transaction inserted the row, false when it exists. */
export async function claimProofReminder(db: Executor, claim: ProofReminderClaim) {
  const rows = await db
    .insert(grantProofReminder)
    .values(claim)
    .onConflictDoNothing()
    .returning({ recipient: grantProofReminder.recipient });
  return rows.length > 0;
}
