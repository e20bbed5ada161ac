import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { overviewRoutes as api } from "../../../contract/routes/overview";
import { audienceOf } from "../../features/measures/published";
import { todayIso } from "../../platform/clock";
import type { Database } from "../../platform/db/database";
import { OverviewCache } from "./cache";
import { getOverview } from "./service";
import { getTenantInfo } from "./tenant-info";

export function overviewRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    // One per server process; each request checks the data version in the database.
    const cache = new OverviewCache();
    app.get(
      api.getOverview.path,
      {
        config: { permission: "overview.read", replicaSafe: true },
        schema: {
          tags: ["Übersicht"],
          summary: "Übersicht: Handlungsfelder, Schwerpunkt, Mittel, offene Vorlagen",
          response: { 200: api.getOverview.response },
        },
      },
      async (request) =>
        getOverview(request.tenantDb, {
          today: todayIso(),
          cache,
          audience: audienceOf(request),
        }),
    );
    app.get(
      api.getTenantInfo.path,
      {
        config: { permission: "overview.read", replicaSafe: true },
        schema: {
          tags: ["Übersicht"],
          summary: "Name des Landkreises und Art der Datenbank",
          response: { 200: api.getTenantInfo.response },
        },
      },
      async (request) => getTenantInfo(request.tenantDb, database.driver),
    );
  };
}
