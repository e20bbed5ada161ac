import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { tenancyRoutes as api } from "../../../contract/routes/tenancy";
import { readTable } from "../tabular/read-table";
import {
  importMunicipalities,
  listMunicipalities,
  saveMunicipality,
  setMunicipalityRetired,
} from "./municipality-service";

const tags = ["Landkreis"];

/** The county's municipalities: list (everyone), add, edit, retire and import (the office). */
export function municipalityRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listMunicipalities.path,
      {
        config: { permission: "measures.read" },
        schema: {
          tags,
          summary: "Kommunen des Landkreises (auch stillgelegte, mit retiredAt)",
          response: { 200: api.listMunicipalities.response },
        },
      },
      async (request) => listMunicipalities(request.tenantDb),
    );
    app.post(
      api.createMunicipality.path,
      {
        config: { permission: "municipalities.edit", idempotent: true },
        schema: {
          tags,
          summary: "Kommune anlegen (AGS: 8 Ziffern mit dem Kreisschlüssel)",
          body: api.createMunicipality.body,
          response: {
            201: api.createMunicipality.response,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await saveMunicipality(request.tenantDb, { actor: request.actor, input: request.body }),
          ),
    );
    app.put(
      api.updateMunicipality.path,
      {
        config: { permission: "municipalities.edit" },
        schema: {
          tags,
          summary: "Kommune ändern (Name, Art, AGS)",
          params: api.updateMunicipality.params,
          body: api.updateMunicipality.body,
          response: {
            200: api.updateMunicipality.response,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) =>
        saveMunicipality(request.tenantDb, {
          actor: request.actor,
          input: request.body,
          id: request.params.id,
        }),
    );
    app.put(
      api.setMunicipalityRetired.path,
      {
        config: { permission: "municipalities.edit" },
        schema: {
          tags,
          summary:
            "Kommune stilllegen (bleibt an bisherigen Daten, wird für neue nicht mehr angeboten) oder zurückholen",
          params: api.setMunicipalityRetired.params,
          body: api.setMunicipalityRetired.body,
          response: { 200: api.setMunicipalityRetired.response, 404: problemSchema },
        },
      },
      async (request) =>
        setMunicipalityRetired(request.tenantDb, {
          actor: request.actor,
          id: request.params.id,
          retired: request.body.retired,
          now: new Date(),
        }),
    );
    app.post(
      api.importMunicipalities.path,
      {
        config: { permission: "municipalities.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Kommunen aus CSV/XLSX (Name, AGS) anlegen: alle oder keine, jedes Problem je Zeile",
          body: api.importMunicipalities.body,
          response: { 201: api.importMunicipalities.response, 422: problemSchema },
        },
      },
      async (request, reply) => {
        const imported = await importMunicipalities(request.tenantDb, {
          actor: request.actor,
          table: await readTable(request.body),
        });
        return reply.code(201).send({ imported });
      },
    );
  };
}
