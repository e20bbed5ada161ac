import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { overviewSchema, tenantInfoSchema } from "../../contract/overview";
import { todayIso } from "../clock";
import type { Database } from "../db/database";
import { getOverview } from "./service";
import { getTenantInfo } from "./tenant-info";

export function overviewRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/overview",
      {
        config: { permission: "overview.read", replicaSafe: true },
        schema: {
          tags: ["Übersicht"],
          summary: "Übersicht: Handlungsfelder, Schwerpunkt, Mittel, offene Vorlagen",
          response: { 200: overviewSchema },
        },
      },
      async (request) => getOverview(request.tenantDb, { today: todayIso() }),
    );
    app.get(
      "/tenant",
      {
        config: { permission: "overview.read", replicaSafe: true },
        schema: {
          tags: ["Übersicht"],
          summary: "Name des Landkreises und Art der Datenbank",
          response: { 200: tenantInfoSchema },
        },
      },
      async (request) => getTenantInfo(request.tenantDb, database.driver),
    );
  };
}
