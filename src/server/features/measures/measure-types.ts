import { and, eq, sql } from "drizzle-orm";
import type { MeasureType } from "../../../contract/measure-views";
import { DomainError } from "../../../domain/errors";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Actor } from "../../platform/auth/actor";
import type { Executor } from "../../platform/db/database";
import { measureType } from "../../platform/db/schema";
import type { TenantDb } from "../../platform/db/tenant-scope";

/** A stable key from the name: lower case, umlauts spelled out, words joined by "-". */
function measureTypeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

async function typeNamed(db: Executor, tenantId: string, name: string, key: string) {
  const [found] = await db
    .select({ id: measureType.id })
    .from(measureType)
    .where(
      and(
        eq(measureType.tenantId, tenantId),
        sql`(lower(${measureType.name}) = lower(${name}) or ${measureType.key} = ${key})`,
      ),
    );
  return found;
}

/**
 * The office extends the list of measure types (Sprachkurs, Beratung, … are seeded). A type
 * whose name or key exists already is refused at `name`; nothing is written.
 */
export async function addMeasureType(
  scope: TenantDb,
  { actor, requestId, name }: Actor & { name: string },
): Promise<MeasureType> {
  return scope.transaction(async (tx) => {
    const key = measureTypeKey(name);
    if (!key) throw new DomainError("invalid", "problem.validation", {}, "name");
    if (await typeNamed(tx, scope.tenantId, name, key))
      throw new DomainError("conflict", "measureType.exists", {}, "name");
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${measureType.position}), 0) + 1` })
      .from(measureType)
      .where(eq(measureType.tenantId, scope.tenantId));
    const [created] = await tx
      .insert(measureType)
      .values({ tenantId: scope.tenantId, key, name, position: Number(next) })
      .returning({ id: measureType.id, key: measureType.key, name: measureType.name });
    if (!created) throw new Error("measure type not inserted");
    await recordAudit(tx, {
      tenantId: scope.tenantId,
      actor,
      requestId,
      action: "measureType.create",
      entityType: "measureType",
      entityId: created.id,
      before: null,
      after: created,
    });
    return created;
  });
}
