import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database";
import { tenantDb } from "../db/tenant-scope";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * A read-only route that may be served from a streaming-replication standby
     * (DATABASE_REPLICA_URL): public pages, lists, dashboards. Only for anonymous readers.
     */
    replicaSafe?: boolean;
  }
}

/**
 * Sends the read-only traffic of anonymous readers to the standby. Writes, every route not
 * marked replicaSafe, and every request of a signed-in person stay on the primary, so whoever
 * books sees their booking at once (read-your-own-writes) while the public overview may lag the
 * primary by the replication delay. Runs after authentication (it needs request.session).
 * Answers say where they were read (header x-kurs-read-from: primary|replica).
 */
export function registerReplicaRouting(app: FastifyInstance, replica: Database | null) {
  if (!replica) return;
  app.addHook("preHandler", async (request, reply) => {
    const useReplica =
      request.method === "GET" &&
      request.routeOptions.config.replicaSafe === true &&
      !request.session;
    if (useReplica) request.tenantDb = tenantDb(replica.db, request.tenantId);
    reply.header("x-kurs-read-from", useReplica ? "replica" : "primary");
  });
}
