import { and, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { AuditQuery } from "../../../contract/audit";
import type { Executor } from "../db/database";
import { appUser, auditEvent } from "../db/schema";

/** "2024-02-01" as the end of a range means the whole day. */
function endOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value;
}

export async function listAuditEvents(db: Executor, tenantId: string, query: AuditQuery) {
  const filters = [eq(auditEvent.tenantId, tenantId)];
  if (query.entityType) filters.push(eq(auditEvent.entityType, query.entityType));
  if (query.entityId) filters.push(eq(auditEvent.entityId, query.entityId));
  if (query.actor) {
    filters.push(
      sql`(${auditEvent.actor} = ${query.actor} or lower(${appUser.email}) = lower(${query.actor}))`,
    );
  }
  if (query.from) filters.push(gte(auditEvent.occurredAt, query.from));
  if (query.to) filters.push(lte(auditEvent.occurredAt, endOf(query.to)));
  return db
    .select({
      id: auditEvent.id,
      occurredAt: auditEvent.occurredAt,
      actor: auditEvent.actor,
      actorEmail: appUser.email,
      action: auditEvent.action,
      entityType: auditEvent.entityType,
      entityId: auditEvent.entityId,
      before: auditEvent.before,
      after: auditEvent.after,
      requestId: auditEvent.requestId,
    })
    .from(auditEvent)
    .leftJoin(
      appUser,
      and(
        eq(appUser.tenantId, auditEvent.tenantId),
        sql`${auditEvent.actor} = 'user:' || ${appUser.id}::text`,
      ),
    )
    .where(and(...filters))
    .orderBy(desc(auditEvent.id))
    .limit(query.limit);
}
