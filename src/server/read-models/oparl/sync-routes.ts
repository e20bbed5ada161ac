import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import {
  oparlRunInputSchema,
  oparlScheduleInputSchema,
  oparlSyncInputSchema,
  oparlSyncSchema,
} from "../../../contract/oparl-sync";
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
      "/oparl-sync",
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary:
            "Abgleich mit dem Ratsinformationssystem (OParl): Adresse, Fortschritt, letzter Lauf",
          response: { 200: oparlSyncSchema },
        },
      },
      async (request) => readSync(request.tenantDb),
    );
    app.put(
      "/oparl-sync",
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary:
            "Adresse des OParl-Systems setzen (eine neue Adresse: der nächste Lauf liest alles)",
          body: oparlSyncInputSchema,
          response: { 200: oparlSyncSchema, ...refusals },
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
      "/oparl-sync/schedule",
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Automatischen Abgleich ein- oder ausschalten (aus, täglich, wöchentlich)",
          body: oparlScheduleInputSchema,
          response: { 200: oparlSyncSchema, ...refusals },
        },
      },
      async (request) =>
        saveSyncSchedule(request.tenantDb, {
          ...request.actor,
          schedule: request.body.schedule,
        }),
    );
    app.post(
      "/oparl-sync/runs",
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Abgleich starten (im Hintergrund; nach dem ersten Lauf nur Geändertes)",
          body: oparlRunInputSchema,
          response: { 202: oparlSyncSchema, ...refusals },
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
