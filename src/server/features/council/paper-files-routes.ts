import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { councilPaperRoutes as api } from "../../../contract/routes/council-papers";
import { maxPaperFileBytes, paperFileTypes } from "../../../domain/paper-files";
import { contentDisposition } from "../../platform/http/content-disposition";
import { writeProblems } from "../../platform/http/problem-responses";
import {
  readPaperFileContent,
  removePaperFile,
  updatePaper,
  uploadPaperFile,
} from "./paper-files-service";

const tags = ["Gremien"];
const writeErrors = writeProblems;

/** Editing an undecided paper, and its attachments (Anlagen): upload, download, delete. */
export async function paperFilesRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.patch(
    api.updatePaper.path,
    {
      config: { permission: "governance.edit" },
      schema: {
        tags,
        summary: "Vorlage bearbeiten, solange sie nicht beschlossen ist",
        params: api.updatePaper.params,
        body: api.updatePaper.body,
        response: { 200: api.updatePaper.response, ...writeErrors },
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
      api.uploadPaperFile.path,
      {
        bodyLimit: maxPaperFileBytes,
        config: { permission: "governance.edit" },
        schema: {
          tags,
          summary:
            "Anlage hochladen: der Körper ist die Datei (PDF, DOCX, XLSX, PNG oder JPEG, höchstens 10 MiB), Content-Type ihr Typ",
          params: api.uploadPaperFile.params,
          querystring: api.uploadPaperFile.querystring,
          response: {
            201: api.uploadPaperFile.response,
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
    api.getPaperFile.path,
    {
      config: { permission: "governance.read" },
      schema: {
        tags,
        summary: "Anlage herunterladen",
        params: api.getPaperFile.params,
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
    api.removePaperFile.path,
    {
      config: { permission: "governance.edit" },
      schema: {
        tags,
        summary: "Anlage entfernen, solange die Vorlage nicht beschlossen ist",
        params: api.removePaperFile.params,
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
