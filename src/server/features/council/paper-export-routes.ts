import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { councilPaperRoutes as api } from "../../../contract/routes/council-papers";
import { documentFormats } from "../../../domain/file-formats";
import { contentDisposition } from "../../platform/http/content-disposition";
import { paperFileName } from "../../renderers/reports/paper-document";
import { exportPaper, type PaperFormat } from "./paper-export";

const mediaTypes: Record<PaperFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** The table's route of each format. */
const exportRoutes = { docx: api.exportPaperDocx, pdf: api.exportPaperPdf } satisfies Record<
  PaperFormat,
  unknown
>;

/** GET /papers/:id/export.docx and .pdf: the paper in the Sitzungsvorlage layout. */
export async function paperExportRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  for (const format of documentFormats) {
    app.get(
      exportRoutes[format].path,
      {
        config: { permission: "governance.read" },
        schema: {
          tags: ["Gremien"],
          summary: `Vorlage als ${format.toUpperCase()} im Layout der Sitzungsvorlage`,
          params: exportRoutes[format].params,
          response: {
            200: z.any().describe(`Die ${format.toUpperCase()}-Datei (${mediaTypes[format]})`),
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const { document, bytes } = await exportPaper(request.tenantDb, {
          id: request.params.id,
          format,
        });
        return reply
          .type(mediaTypes[format])
          .header("content-disposition", contentDisposition(paperFileName(document, format)))
          .send(bytes);
      },
    );
  }
}
