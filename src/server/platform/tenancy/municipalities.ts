import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import {
  municipalityImportSchema,
  municipalityInputSchema,
  municipalityRetiredSchema,
  municipalitySchema,
} from "../../../contract/municipalities";
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
      "/municipalities",
      {
        config: { permission: "measures.read" },
        schema: {
          tags,
          summary: "Kommunen des Landkreises (auch stillgelegte, mit retiredAt)",
          response: { 200: z.array(municipalitySchema) },
        },
      },
      async (request) => listMunicipalities(request.tenantDb),
    );
    app.post(
      "/municipalities",
      {
        config: { permission: "municipalities.edit", idempotent: true },
        schema: {
          tags,
          summary: "Kommune anlegen (AGS: 8 Ziffern mit dem Kreisschlüssel)",
          body: municipalityInputSchema,
          response: { 201: municipalitySchema, 409: problemSchema, 422: problemSchema },
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
      "/municipalities/:id",
      {
        config: { permission: "municipalities.edit" },
        schema: {
          tags,
          summary: "Kommune ändern (Name, Art, AGS)",
          params: idParamsSchema,
          body: municipalityInputSchema,
          response: {
            200: municipalitySchema,
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
      "/municipalities/:id/retired",
      {
        config: { permission: "municipalities.edit" },
        schema: {
          tags,
          summary:
            "Kommune stilllegen (bleibt an bisherigen Daten, wird für neue nicht mehr angeboten) oder zurückholen",
          params: idParamsSchema,
          body: municipalityRetiredSchema,
          response: { 200: municipalitySchema, 404: problemSchema },
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
      "/municipalities/import",
      {
        config: { permission: "municipalities.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Kommunen aus CSV/XLSX (Name, AGS) anlegen: alle oder keine, jedes Problem je Zeile",
          body: municipalityImportSchema,
          response: { 201: z.object({ imported: z.number().int() }), 422: problemSchema },
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
