import { asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { tenant } from "../db/schema";
import { type TenantDb, tenantDb } from "../db/tenant-scope";

declare module "fastify" {
  interface FastifyRequest {
    /** The county this request acts for. */
    tenantId: string;
    /** Database access scoped to that county (row-level security). */
    tenantDb: TenantDb;
    /** Who acts, for the audit trail: "anonym" until auth/plugin.ts finds a session or token. */
    actor: { actor: string; requestId: string };
  }
}

/**
 * Resolves the installation's tenant: the one named by KURS_TENANT (slug), else the oldest. One
 * installation serves one county per process (docs/security.md).
 */
export async function resolveDefaultTenant(db: Db, slug?: string): Promise<string | null> {
  const rows = slug
    ? await db.select({ id: tenant.id }).from(tenant).where(eq(tenant.slug, slug))
    : await db.select({ id: tenant.id }).from(tenant).orderBy(asc(tenant.createdAt)).limit(1);
  return rows[0]?.id ?? null;
}

export function registerRequestContext(
  app: FastifyInstance,
  db: Db,
  tenantId: () => Promise<string>,
) {
  app.decorateRequest("tenantId", "");
  app.decorateRequest("actor", null as never);
  app.decorateRequest("tenantDb", null as never);
  app.addHook("onRequest", async (request) => {
    const id = await tenantId();
    request.tenantId = id;
    request.tenantDb = tenantDb(db, id);
    request.actor = { actor: "anonym", requestId: request.id };
  });
}
