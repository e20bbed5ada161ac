import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../domain/errors";
import { readPaperFileContent } from "../../features/council/paper-files-service";
import { may } from "../../platform/auth/permissions";
import type { Db } from "../../platform/db/database";
import { contentDisposition } from "../../platform/http/content-disposition";
import { registerRequestContext } from "../../platform/tenancy/request-context";
import {
  type ListKind,
  type ObjectKind,
  oparlBodies,
  oparlBody,
  oparlList,
  oparlObject,
  oparlSystem,
} from "./export-service";

/** OParl routes follow the OParl specification, not Kurs's API conventions: not in OpenAPI. */
const tags = ["OParl"];
const hide = true;
const isoDateTime = z.iso.datetime({ offset: true });
const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  created_since: isoDateTime.optional(),
  created_until: isoDateTime.optional(),
  modified_since: isoDateTime.optional(),
  modified_until: isoDateTime.optional(),
});
const slugParams = z.object({ body: z.string().min(1).max(100) });
const idParams = z.object({ id: z.uuid() });
const listKinds: Record<string, ListKind> = {
  organizations: "organizations",
  persons: "persons",
  meetings: "meetings",
  papers: "papers",
  files: "files",
};
const objectKinds: ObjectKind[] = [
  "organization",
  "meeting",
  "agendaItem",
  "paper",
  "consultation",
  "file",
];

/** `${origin}/oparl/v1` as the client reached it (behind a proxy: X-Forwarded-* if trusted). */
function rootOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/oparl/v1`;
}

/**
 * OParl 1.1 read-only export (System → Body → paginated lists). Public: no cookie is read, and
 * every route still names its permission, checked for the public principal.
 */
export function oparlRoutes(db: Db, currentTenant: () => Promise<string>) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    registerRequestContext(app, db, currentTenant);
    app.addHook("preValidation", async (request) => {
      const permission = request.routeOptions.config.permission;
      if (!permission || !may("public", permission)) {
        throw new DomainError("forbidden", "auth.forbidden");
      }
    });
    app.addHook("onSend", async (_request, reply, payload) => {
      reply.header("access-control-allow-origin", "*");
      reply.header("cross-origin-resource-policy", "cross-origin");
      if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-cache");
      return payload;
    });
    const config = { permission: "governance.read" as const };

    app.get(
      "/",
      { config, schema: { hide, tags, summary: "OParl-System (Einstiegspunkt)" } },
      async (request) => oparlSystem(request.tenantDb, rootOf(request)),
    );
    app.get(
      "/bodies",
      {
        config,
        schema: { hide, tags, summary: "OParl: Körperschaften", querystring: listQuerySchema },
      },
      async (request) => oparlBodies(request.tenantDb, rootOf(request), request.query),
    );
    app.get(
      "/body/:body",
      { config, schema: { hide, tags, summary: "OParl: Körperschaft", params: slugParams } },
      async (request) => oparlBody(request.tenantDb, rootOf(request), request.params.body),
    );
    app.get(
      "/body/:body/:list",
      {
        config,
        schema: {
          hide,
          tags,
          summary:
            "OParl: Liste einer Körperschaft (organizations, persons, meetings, papers, files)",
          params: slugParams.extend({ list: z.enum(Object.keys(listKinds) as [ListKind]) }),
          querystring: listQuerySchema,
        },
      },
      async (request) =>
        oparlList(
          request.tenantDb,
          rootOf(request),
          request.params.body,
          request.params.list,
          request.query,
        ),
    );
    for (const kind of objectKinds) {
      app.get(
        `/${kind}/:id`,
        { config, schema: { hide, tags, summary: `OParl: ${kind}`, params: idParams } },
        async (request) => oparlObject(request.tenantDb, rootOf(request), kind, request.params.id),
      );
    }
    for (const [suffix, disposition] of [
      ["content", "inline"],
      ["download", "attachment"],
    ] as const) {
      app.get(
        `/file/:id/${suffix}`,
        {
          config,
          schema: { hide, tags, summary: `OParl: Datei (${disposition})`, params: idParams },
        },
        async (request, reply) => {
          const file = await readPaperFileContent(request.tenantDb, { id: request.params.id });
          return reply
            .type(file.mimeType)
            .header("content-disposition", contentDisposition(file.fileName, disposition))
            .header("x-content-type-options", "nosniff")
            .send(file.content);
        },
      );
    }
  };
}
