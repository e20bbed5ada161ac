import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import {
  paperFileParamsSchema,
  paperFileSchema,
  paperSchema,
  updatePaperSchema,
  uploadPaperFileQuerySchema,
} from "../../../contract/council";
import { maxPaperFileBytes, paperFileTypes } from "../../../domain/paper-files";
import { contentDisposition } from "../../platform/http/content-disposition";
import {
  readPaperFileContent,
  removePaperFile,
  updatePaper,
  uploadPaperFile,
} from "./paper-files-service";

const tags = ["Gremien"];
const writeErrors = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

/** Editing an undecided paper, and its attachments (Anlagen): upload, download, delete. */
export async function paperFilesRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.patch(
    "/papers/:id",
    {
      config: { permission: "governance.edit" },
      schema: {
        tags,
        summary: "Vorlage bearbeiten, solange sie nicht beschlossen ist",
        params: idParamsSchema,
        body: updatePaperSchema,
        response: { 200: paperSchema, ...writeErrors },
      },
    },
    async (request) =>
      updatePaper(request.tenantDb, {
        ...request.actor,
        paperId: request.params.id,
        input: request.body,
      }),
  );

  await app.register(async (scoped) => {
    const upload = scoped.withTypeProvider<ZodTypeProvider>();
    upload.addContentTypeParser(
      Object.keys(paperFileTypes),
      { parseAs: "buffer", bodyLimit: maxPaperFileBytes },
      (_request, body, done) => done(null, body),
    );
    upload.post(
      "/papers/:id/files",
      {
        bodyLimit: maxPaperFileBytes,
        config: { permission: "governance.edit" },
        schema: {
          tags,
          summary:
            "Anlage hochladen: der Körper ist die Datei (PDF, DOCX, XLSX, PNG oder JPEG, höchstens 10 MiB), Content-Type ihr Typ",
          params: idParamsSchema,
          querystring: uploadPaperFileQuerySchema,
          response: {
            201: paperFileSchema,
            413: problemSchema,
            415: problemSchema,
            ...writeErrors,
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const created = await uploadPaperFile(request.tenantDb, {
          ...request.actor,
          paperId: request.params.id,
          fileName: request.query.fileName,
          name: request.query.name,
          mimeType: (request.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "",
          content: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        });
        return reply.code(201).send(created);
      },
    );
  });

  app.get(
    "/papers/:id/files/:fileId",
    {
      config: { permission: "governance.read" },
      schema: {
        tags,
        summary: "Anlage herunterladen",
        params: paperFileParamsSchema,
        response: {
          200: z.any().describe("Die Datei in ihrem Format"),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await readPaperFileContent(request.tenantDb, {
        id: request.params.fileId,
        paperId: request.params.id,
      });
      return reply
        .type(file.mimeType)
        .header("content-disposition", contentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .send(file.content);
    },
  );

  app.delete(
    "/papers/:id/files/:fileId",
    {
      config: { permission: "governance.edit" },
      schema: {
        tags,
        summary: "Anlage entfernen, solange die Vorlage nicht beschlossen ist",
        params: paperFileParamsSchema,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await removePaperFile(request.tenantDb, {
        ...request.actor,
        paperId: request.params.id,
        fileId: request.params.fileId,
      });
      return reply.code(204).send(null);
    },
  );
}
