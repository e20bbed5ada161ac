import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { tenantSettingsRoutes as api } from "../../../contract/routes/tenant-settings";
import { DomainError } from "../../../domain/errors";
import { isPlatformAdmin } from "../../platform/auth/permissions";
import type { Db } from "../../platform/db/database";
import { createTenant, listTenants, TenantInputError } from "../../platform/tenancy/tenants";
import { getCountySettings, saveCountySettings } from "./service";

const tags = ["Landkreis"];

/** The county's settings page (its admin) and creating counties (platform administrators). */
export function countySettingsRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.getCountySettings.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Name und Einstellungen des Landkreises",
          response: { 200: api.getCountySettings.response },
        },
      },
      async (request) => getCountySettings(request.tenantDb),
    );
    app.put(
      api.saveCountySettings.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Name und Einstellungen des Landkreises speichern (protokolliert)",
          body: api.saveCountySettings.body,
          response: {
            200: api.saveCountySettings.response,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) =>
        saveCountySettings(request.tenantDb, { ...request.actor, input: request.body }),
    );

    const platformOnly = (email: string | undefined) => {
      if (!isPlatformAdmin(email)) throw new DomainError("forbidden", "county.platformOnly");
    };
    app.get(
      api.listCounties.path,
      {
        config: { permission: "county.settings" },
        schema: {
          tags,
          summary: "Alle Landkreise der Installation (nur Plattform-Administration)",
          response: { 200: api.listCounties.response, 403: problemSchema },
        },
      },
      async (request) => {
        platformOnly(request.session?.user.email);
        const rows = await listTenants(db);
        return {
          counties: rows.map((r) => ({
            id: r.id,
            slug: r.slug,
            name: r.name,
            disabled: Boolean(r.disabledAt),
            municipalities: r.municipalities,
            measures: r.measures,
          })),
        };
      },
    );
    app.post(
      api.createCounty.path,
      {
        config: { permission: "county.settings", idempotent: true },
        schema: {
          tags,
          summary: "Neuen, leeren Landkreis anlegen (nur Plattform-Administration)",
          body: api.createCounty.body,
          response: { 201: api.createCounty.response, 403: problemSchema },
        },
      },
      async (request, reply) => {
        platformOnly(request.session?.user.email);
        try {
          const row = await createTenant(db, request.body, request.actor.actor);
          return reply.code(201).send({
            id: row.id,
            slug: row.slug,
            name: row.name,
            disabled: false,
            municipalities: 0,
            measures: 0,
          });
        } catch (error) {
          if (error instanceof TenantInputError)
            throw new DomainError(
              "conflict",
              "county.slugTaken",
              { slug: request.body.slug },
              "slug",
            );
          throw error;
        }
      },
    );
  };
}
