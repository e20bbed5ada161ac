import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import { grantProviderListSchema } from "../../../contract/grant-figures";
import {
  applicationInputSchema,
  applicationListQuerySchema,
  applicationListSchema,
  applicationSchema,
  grantDecisionInputSchema,
  paymentRequestInputSchema,
  pipelineSchema,
  programmeInputSchema,
  programmeListSchema,
  programmeSchema,
  proofInputSchema,
  reasonInputSchema,
  refuseInputSchema,
} from "../../../contract/grants";
import type { Viewer } from "../../platform/auth/actor";
import { todayIso } from "../../platform/clock";
import { contentDisposition } from "../../platform/http/content-disposition";
import {
  changeState,
  createApplication,
  getApplication,
  grantApplication,
  listApplications,
  updateApplication,
} from "./applications";
import { confirmProof, decidePayment, requestPayment, submitProof } from "./money";
import { noticeFile } from "./notice";
import {
  createProgramme,
  getProgramme,
  listProgrammes,
  pipeline,
  providerPipeline,
  updateProgramme,
} from "./programmes";

const tags = ["Zuwendungen"];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export function viewerOf(request: FastifyRequest): Viewer {
  const user = request.session?.user;
  return { role: user?.role ?? "public", partnerId: user?.partnerId ?? null };
}

/** Zuwendungen an Träger: programmes, applications, payment requests, proof of use. */
export function grantRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/grant-programmes",
      {
        config: { permission: "grants.read" },
        schema: { tags, summary: "Förderaufrufe", response: { 200: programmeListSchema } },
      },
      async (request) => listProgrammes(request.tenantDb),
    );

    app.post(
      "/grant-programmes",
      {
        config: { permission: "grants.decide", idempotent: true },
        schema: {
          tags,
          summary: "Förderaufruf zu einem Haushaltsmittel anlegen",
          body: programmeInputSchema,
          response: { 201: programmeSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createProgramme(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.get(
      "/grant-programmes/:id",
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Ein Förderaufruf",
          params: idParamsSchema,
          response: { 200: programmeSchema, ...errors },
        },
      },
      async (request) => getProgramme(request.tenantDb, request.params.id),
    );

    app.put(
      "/grant-programmes/:id",
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Förderaufruf ändern (auch Bescheidvorlage und Rechtsbehelfsbelehrung)",
          params: idParamsSchema,
          body: programmeInputSchema,
          response: { 200: programmeSchema, ...errors },
        },
      },
      async (request) =>
        updateProgramme(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
        }),
    );

    app.get(
      "/grant-pipeline",
      {
        config: { permission: "grants.review" },
        schema: {
          tags,
          summary: "Je Förderaufruf: beantragt, bewilligt, gezahlt, nachgewiesen, zurückgefordert",
          querystring: z.strictObject({ fundId: z.uuid().optional() }),
          response: { 200: pipelineSchema, 400: problemSchema },
        },
      },
      async (request) => pipeline(request.tenantDb, { fundId: request.query.fundId }),
    );

    app.get(
      "/grant-pipeline/providers",
      {
        config: { permission: "grants.review" },
        schema: {
          tags,
          summary:
            "Je Träger (Organisation): bewilligte Anträge, bewilligt, gezahlt, nachgewiesen, zurückgefordert",
          querystring: z.strictObject({ fundId: z.uuid().optional() }),
          response: { 200: grantProviderListSchema, 400: problemSchema },
        },
      },
      async (request) => providerPipeline(request.tenantDb, { fundId: request.query.fundId }),
    );

    app.get(
      "/grant-applications",
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Anträge (Träger: nur die eigenen)",
          querystring: applicationListQuerySchema,
          response: { 200: applicationListSchema, 400: problemSchema },
        },
      },
      async (request) =>
        listApplications(request.tenantDb, { viewer: viewerOf(request), ...request.query }),
    );

    app.post(
      "/grant-applications",
      {
        config: { permission: "grants.apply", idempotent: true },
        schema: {
          tags,
          summary: "Antrag als Entwurf anlegen (Kosten- und Finanzierungsplan)",
          body: applicationInputSchema,
          response: { 201: applicationSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createApplication(request.tenantDb, {
            ...request.actor,
            viewer: viewerOf(request),
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    app.get(
      "/grant-applications/:id",
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Ein Antrag mit Verlauf, Mittelabrufen und Verwendungsnachweis",
          params: idParamsSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        getApplication(request.tenantDb, { id: request.params.id, viewer: viewerOf(request) }),
    );

    app.put(
      "/grant-applications/:id",
      {
        config: { permission: "grants.apply" },
        schema: {
          tags,
          summary: "Entwurf eines Antrags ändern",
          params: idParamsSchema,
          body: applicationInputSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        updateApplication(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          viewer: viewerOf(request),
          input: request.body,
        }),
    );

    const steps = [
      ["submit", "submitted", "grants.apply", "Antrag einreichen"],
      ["withdraw", "withdrawn", "grants.apply", "Antrag zurückziehen"],
      ["review", "underReview", "grants.decide", "Prüfung beginnen"],
    ] as const;
    for (const [path, to, permission, summary] of steps)
      app.post(
        `/grant-applications/:id/${path}`,
        {
          config: { permission },
          schema: {
            tags,
            summary,
            params: idParamsSchema,
            body: reasonInputSchema,
            response: { 200: applicationSchema, ...errors },
          },
        },
        async (request) =>
          changeState(request.tenantDb, {
            ...request.actor,
            id: request.params.id,
            viewer: viewerOf(request),
            to,
            reason: request.body.reason ?? null,
            today: todayIso(),
          }),
      );

    app.post(
      "/grant-applications/:id/refuse",
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Antrag ablehnen (mit Begründung)",
          params: idParamsSchema,
          body: refuseInputSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        changeState(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          viewer: viewerOf(request),
          to: "refused",
          reason: request.body.reason,
          today: todayIso(),
        }),
    );

    app.post(
      "/grant-applications/:id/grant",
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary:
            "Ganz oder teilweise bewilligen: bindet die Mittel auf dem Haushaltsmittel (Buchungsweg)",
          params: idParamsSchema,
          body: grantDecisionInputSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        grantApplication(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          viewer: viewerOf(request),
          input: request.body,
          today: todayIso(),
        }),
    );

    for (const format of ["docx", "pdf"] as const)
      app.get(
        `/grant-applications/:id/notice.${format}`,
        {
          config: { permission: "grants.read" },
          schema: {
            tags,
            summary: `Zuwendungsbescheid als ${format.toUpperCase()}${format === "pdf" ? " (getaggt, PDF/UA)" : ""}`,
            params: idParamsSchema,
            produces: [
              format === "pdf"
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ],
          },
        },
        async (request, reply) => {
          const file = await noticeFile(request.tenantDb, {
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

    app.post(
      "/grant-applications/:id/payment-requests",
      {
        config: { permission: "grants.apply", idempotent: true },
        schema: {
          tags,
          summary: "Mittel abrufen (geprüft gegen den Bescheid)",
          params: idParamsSchema,
          body: paymentRequestInputSchema,
          response: { 201: applicationSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await requestPayment(request.tenantDb, {
            ...request.actor,
            id: request.params.id,
            viewer: viewerOf(request),
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    for (const [path, approve, summary] of [
      ["approve", true, "Mittelabruf freigeben: bucht die Zahlung auf die Bindung"],
      ["refuse", false, "Mittelabruf ablehnen"],
    ] as const)
      app.post(
        `/grant-payment-requests/:id/${path}`,
        {
          config: { permission: "grants.decide" },
          schema: {
            tags,
            summary,
            params: idParamsSchema,
            body: reasonInputSchema,
            response: { 200: applicationSchema, ...errors },
          },
        },
        async (request) =>
          decidePayment(request.tenantDb, {
            ...request.actor,
            id: request.params.id,
            viewer: viewerOf(request),
            approve,
            reason: request.body.reason ?? null,
            today: todayIso(),
          }),
      );

    app.post(
      "/grant-applications/:id/proof",
      {
        config: { permission: "grants.apply", idempotent: true },
        schema: {
          tags,
          summary: "Verwendungsnachweis einreichen (Sachbericht und Ist-Kosten je Kostenart)",
          params: idParamsSchema,
          body: proofInputSchema,
          response: { 201: applicationSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await submitProof(request.tenantDb, {
            ...request.actor,
            id: request.params.id,
            viewer: viewerOf(request),
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    app.post(
      "/grant-applications/:id/proof/confirm",
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Verwendungsnachweis bestätigen: bucht Rückforderung und Freigabe",
          params: idParamsSchema,
          body: reasonInputSchema,
          response: { 200: applicationSchema, ...errors },
        },
      },
      async (request) =>
        confirmProof(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          viewer: viewerOf(request),
          today: todayIso(),
        }),
    );
  };
}
