import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { grantRoutes as api } from "../../../contract/routes/grants";
import { maxPaperFileBytes, paperFileTypes } from "../../../domain/paper-files";
import { viewerOf } from "../../platform/auth/viewer";
import { todayIso } from "../../platform/clock";
import { contentDisposition } from "../../platform/http/content-disposition";
import { scopedWriteProblems } from "../../platform/http/problem-responses";
import {
  readApplicationFile,
  removeApplicationFile,
  type Upload,
  uploadApplicationFile,
} from "./application-files";
import { readFileByLink, removeFileByLink, uploadByLink } from "./application-links";

const tags = ["Zuwendungen"];
const errors = scopedWriteProblems;
const uploadSummary =
  "Anlage hochladen, solange der Antrag ein Entwurf ist: der Körper ist die Datei (PDF, DOCX, XLSX, PNG oder JPEG, höchstens 10 MiB), Content-Type ihr Typ";

function uploadOf(
  request: { body: unknown; headers: FastifyRequest["headers"] },
  query: { fileName: string; name?: string },
): Upload {
  const body = request.body;
  return {
    fileName: query.fileName,
    name: query.name,
    mimeType: (request.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "",
    content: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
  };
}

/** The headers of a download: its name, and no sniffing of its type. */
const fileHeaders = (file: { fileName: string }) => ({
  "content-disposition": contentDisposition(file.fileName),
  "x-content-type-options": "nosniff",
});

/** Anlagen eines Antrags: upload, download, remove; signed in or through the Antragslink. */
export async function applicationFileRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  await app.register(async (scoped) => {
    const upload = scoped.withTypeProvider<ZodTypeProvider>();
    upload.addContentTypeParser(
      Object.keys(paperFileTypes),
      { parseAs: "buffer", bodyLimit: maxPaperFileBytes },
      (_request, body, done) => done(null, body),
    );
    const response = {
      201: api.uploadGrantApplicationFile.response,
      413: problemSchema,
      415: problemSchema,
      ...errors,
    };
    upload.post(
      api.uploadGrantApplicationFile.path,
      {
        bodyLimit: maxPaperFileBytes,
        config: { permission: "grants.apply" },
        schema: {
          tags,
          summary: uploadSummary,
          params: api.uploadGrantApplicationFile.params,
          querystring: api.uploadGrantApplicationFile.querystring,
          response,
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await uploadApplicationFile(request.tenantDb, {
            ...request.actor,
            id: request.params.id,
            viewer: viewerOf(request),
            upload: uploadOf(request, request.query),
          }),
        ),
    );
    upload.post(
      api.uploadLinkApplicationFile.path,
      {
        bodyLimit: maxPaperFileBytes,
        config: { permission: "grants.applyByLink" },
        schema: {
          tags,
          summary: `${uploadSummary} (über den Antragslink)`,
          params: api.uploadLinkApplicationFile.params,
          querystring: api.uploadLinkApplicationFile.querystring,
          response: { ...response, 201: api.uploadLinkApplicationFile.response },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await uploadByLink(request.tenantDb, {
            token: request.params.token,
            id: request.params.id,
            today: todayIso(),
            requestId: request.id,
            upload: uploadOf(request, request.query),
          }),
        ),
    );
  });

  const download = {
    200: z.any().describe("Die Datei in ihrem Format"),
    400: problemSchema,
    404: problemSchema,
  };
  app.get(
    api.getGrantApplicationFile.path,
    {
      config: { permission: "grants.read" },
      schema: {
        tags,
        summary: "Anlage eines Antrags herunterladen",
        params: api.getGrantApplicationFile.params,
        response: download,
      },
    },
    async (request, reply) => {
      const file = await readApplicationFile(request.tenantDb, {
        id: request.params.id,
        fileId: request.params.fileId,
        viewer: viewerOf(request),
      });
      return reply.type(file.mimeType).headers(fileHeaders(file)).send(file.content);
    },
  );
  app.get(
    api.getLinkApplicationFile.path,
    {
      config: { permission: "grants.applyByLink" },
      schema: {
        tags,
        summary: "Anlage herunterladen (über den Antragslink)",
        params: api.getLinkApplicationFile.params,
        response: download,
      },
    },
    async (request, reply) => {
      const file = await readFileByLink(request.tenantDb, {
        token: request.params.token,
        id: request.params.id,
        fileId: request.params.fileId,
        today: todayIso(),
      });
      return reply.type(file.mimeType).headers(fileHeaders(file)).send(file.content);
    },
  );

  app.delete(
    api.removeGrantApplicationFile.path,
    {
      config: { permission: "grants.apply" },
      schema: {
        tags,
        summary: "Anlage entfernen, solange der Antrag ein Entwurf ist",
        params: api.removeGrantApplicationFile.params,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeApplicationFile(request.tenantDb, {
        ...request.actor,
        id: request.params.id,
        fileId: request.params.fileId,
        viewer: viewerOf(request),
      });
      return reply.code(204).send(null);
    },
  );
  app.delete(
    api.removeLinkApplicationFile.path,
    {
      config: { permission: "grants.applyByLink" },
      schema: {
        tags,
        summary: "Anlage entfernen (über den Antragslink)",
        params: api.removeLinkApplicationFile.params,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeFileByLink(request.tenantDb, {
        token: request.params.token,
        id: request.params.id,
        fileId: request.params.fileId,
        today: todayIso(),
        requestId: request.id,
      });
      return reply.code(204).send(null);
    },
  );
}
