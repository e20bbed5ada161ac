import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { healthSchema } from "../../../contract/health";
import type { Database } from "../db/database";
import { migrationsAreCurrent } from "../db/migrations-status";

export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/health",
      {
        schema: {
          tags: ["Betrieb"],
          summary: "200, wenn die Datenbank antwortet und alle Migrationen eingespielt sind",
          response: { 200: healthSchema, 503: healthSchema },
        },
      },
      async (_request, reply) => {
        reply.header("cache-control", "no-store");
        let current: boolean | null = null;
        try {
          await database.query("select 1");
          current = await migrationsAreCurrent(database);
        } catch {
          current = null;
        }
        if (current === true) {
          return { status: "ok" as const, database: database.driver };
        }
        return reply.code(503).send({
          status: "unavailable" as const,
          database: database.driver,
          migrations: current === false ? ("pending" as const) : ("unknown" as const),
        });
      },
    );
  };
}
