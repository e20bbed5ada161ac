import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { oparlSyncRoutes as api } from "../../../contract/routes/oparl-sync";
import { httpOParlReader } from "./import/client";
import { readSync, saveSyncSchedule, saveSyncSource, startSync } from "./sync-service";

const tags = ["Landkreis"];
const refusals = { 400: problemSchema, 409: problemSchema, 422: problemSchema };

/**
 * The import from the council information system (OParl) on the admin's page: its address,
 * a run (in the background; the page asks for its progress), the last run's counts and conflicts.
 * Admin only: the server fetches the address it is given.
 */
export function oparlSyncRoutes({
  allowPrivateNetworks,
}: {
  allowPrivateNetworks: boolean;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.getOParlSync.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary:
            "Abgleich mit dem Ratsinformationssystem (OParl): Adresse, Fortschritt, letzter Lauf",
          response: { 200: api.getOParlSync.response },
        },
      },
      async (request) => readSync(request.tenantDb),
    );
    app.put(
      api.saveOParlSyncSource.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary:
            "Adresse des OParl-Systems setzen (eine neue Adresse: der nächste Lauf liest alles)",
          body: api.saveOParlSyncSource.body,
          response: { 200: api.saveOParlSyncSource.response, ...refusals },
        },
      },
      async (request) =>
        saveSyncSource(request.tenantDb, {
          ...request.actor,
          entryUrl: request.body.entryUrl,
          allowPrivateNetworks,
        }),
    );
    app.put(
      api.saveOParlSyncSchedule.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Automatischen Abgleich ein- oder ausschalten (aus, täglich, wöchentlich)",
          body: api.saveOParlSyncSchedule.body,
          response: { 200: api.saveOParlSyncSchedule.response, ...refusals },
        },
      },
      async (request) =>
        saveSyncSchedule(request.tenantDb, {
          ...request.actor,
          schedule: request.body.schedule,
        }),
    );
    app.post(
      api.startOParlSync.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Abgleich starten (im Hintergrund; nach dem ersten Lauf nur Geändertes)",
          body: api.startOParlSync.body,
          response: { 202: api.startOParlSync.response, ...refusals },
        },
      },
      async (request, reply) =>
        reply.code(202).send(
          await startSync(request.tenantDb, {
            actor: request.actor.actor,
            reader: httpOParlReader({ allowPrivateNetworks }),
            full: request.body.full,
          }),
        ),
    );
  };
}
