import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { grantLetterRoutes } from "../../../contract/routes/grants";
import { viewerOf } from "../../platform/auth/viewer";
import { contentDisposition } from "../../platform/http/content-disposition";
import { letterContentType } from "./letter";
import { reclaimLetterFile } from "./reclaim-letter";

/** The settlement letter (Abrechnungs-/Rückforderungsschreiben) after a confirmed proof of use. */
export function reclaimLetterRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    for (const format of ["docx", "pdf"] as const)
      app.get(
        grantLetterRoutes[format].settlement.path,
        {
          config: { permission: "grants.read" },
          schema: {
            tags: ["Zuwendungen"],
            summary: `Abrechnungsschreiben nach dem Verwendungsnachweis als ${format.toUpperCase()}${format === "pdf" ? " (getaggt, PDF/UA)" : ""}`,
            params: grantLetterRoutes[format].settlement.params,
            produces: [letterContentType(format)],
          },
        },
        async (request, reply) => {
          const file = await reclaimLetterFile(request.tenantDb, {
            id: request.params.id,
            viewer: viewerOf(request),
            format,
          });
          return reply
            .header("content-type", file.contentType)
            .header("content-disposition", contentDisposition(file.fileName))
            .send(file.body);
        },
      );
  };
}
