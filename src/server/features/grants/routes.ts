import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { grantRoutes as api, grantLetterRoutes } from "../../../contract/routes/grants";
import { viewerOf } from "../../platform/auth/viewer";
import { todayIso } from "../../platform/clock";
import { contentDisposition } from "../../platform/http/content-disposition";
import { scopedWriteProblems } from "../../platform/http/problem-responses";
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
const errors = scopedWriteProblems;

/** Zuwendungen an Träger: programmes, applications, payment requests, proof of use. */
export function grantRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listGrantProgrammes.path,
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Förderaufrufe",
          response: { 200: api.listGrantProgrammes.response },
        },
      },
      async (request) => listProgrammes(request.tenantDb),
    );

    app.post(
      api.createGrantProgramme.path,
      {
        config: { permission: "grants.decide", idempotent: true },
        schema: {
          tags,
          summary: "Förderaufruf zu einem Haushaltsmittel anlegen",
          body: api.createGrantProgramme.body,
          response: { 201: api.createGrantProgramme.response, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createProgramme(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.get(
      api.getGrantProgramme.path,
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Ein Förderaufruf",
          params: api.getGrantProgramme.params,
          response: { 200: api.getGrantProgramme.response, ...errors },
        },
      },
      async (request) => getProgramme(request.tenantDb, request.params.id),
    );

    app.put(
      api.updateGrantProgramme.path,
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Förderaufruf ändern (auch Bescheidvorlage und Rechtsbehelfsbelehrung)",
          params: api.updateGrantProgramme.params,
          body: api.updateGrantProgramme.body,
          response: { 200: api.updateGrantProgramme.response, ...errors },
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
      api.getGrantPipeline.path,
      {
        config: { permission: "grants.review" },
        schema: {
          tags,
          summary: "Je Förderaufruf: beantragt, bewilligt, gezahlt, nachgewiesen, zurückgefordert",
          querystring: api.getGrantPipeline.querystring,
          response: { 200: api.getGrantPipeline.response, 400: problemSchema },
        },
      },
      async (request) => pipeline(request.tenantDb, { fundId: request.query.fundId }),
    );

    app.get(
      api.getGrantProviderPipeline.path,
      {
        config: { permission: "grants.review" },
        schema: {
          tags,
          summary:
            "Je Träger (Organisation): bewilligte Anträge, bewilligt, gezahlt, nachgewiesen, zurückgefordert",
          querystring: api.getGrantProviderPipeline.querystring,
          response: { 200: api.getGrantProviderPipeline.response, 400: problemSchema },
        },
      },
      async (request) => providerPipeline(request.tenantDb, { fundId: request.query.fundId }),
    );

    app.get(
      api.listGrantApplications.path,
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Anträge (Träger: nur die eigenen)",
          querystring: api.listGrantApplications.querystring,
          response: { 200: api.listGrantApplications.response, 400: problemSchema },
        },
      },
      async (request) =>
        listApplications(request.tenantDb, { viewer: viewerOf(request), ...request.query }),
    );

    app.post(
      api.createGrantApplication.path,
      {
        config: { permission: "grants.apply", idempotent: true },
        schema: {
          tags,
          summary: "Antrag als Entwurf anlegen (Kosten- und Finanzierungsplan)",
          body: api.createGrantApplication.body,
          response: { 201: api.createGrantApplication.response, ...errors },
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
      api.getGrantApplication.path,
      {
        config: { permission: "grants.read" },
        schema: {
          tags,
          summary: "Ein Antrag mit Verlauf, Mittelabrufen und Verwendungsnachweis",
          params: api.getGrantApplication.params,
          response: { 200: api.getGrantApplication.response, ...errors },
        },
      },
      async (request) =>
        getApplication(request.tenantDb, { id: request.params.id, viewer: viewerOf(request) }),
    );

    app.put(
      api.updateGrantApplication.path,
      {
        config: { permission: "grants.apply" },
        schema: {
          tags,
          summary: "Entwurf eines Antrags ändern",
          params: api.updateGrantApplication.params,
          body: api.updateGrantApplication.body,
          response: { 200: api.updateGrantApplication.response, ...errors },
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
      [api.submitGrantApplication, "submitted", "grants.apply", "Antrag einreichen"],
      [api.withdrawGrantApplication, "withdrawn", "grants.apply", "Antrag zurückziehen"],
      [api.reviewGrantApplication, "underReview", "grants.decide", "Prüfung beginnen"],
    ] as const;
    for (const [route, to, permission, summary] of steps)
      app.post(
        route.path,
        {
          config: { permission },
          schema: {
            tags,
            summary,
            params: route.params,
            body: route.body,
            response: { 200: route.response, ...errors },
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
      api.refuseGrantApplication.path,
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Antrag ablehnen (mit Begründung)",
          params: api.refuseGrantApplication.params,
          body: api.refuseGrantApplication.body,
          response: { 200: api.refuseGrantApplication.response, ...errors },
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
      api.decideGrant.path,
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary:
            "Ganz oder teilweise bewilligen: bindet die Mittel auf dem Haushaltsmittel (Buchungsweg)",
          params: api.decideGrant.params,
          body: api.decideGrant.body,
          response: { 200: api.decideGrant.response, ...errors },
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
        grantLetterRoutes[format].notice.path,
        {
          config: { permission: "grants.read" },
          schema: {
            tags,
            summary: `Zuwendungsbescheid als ${format.toUpperCase()}${format === "pdf" ? " (getaggt, PDF/UA)" : ""}`,
            params: grantLetterRoutes[format].notice.params,
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
      api.requestGrantPayment.path,
      {
        config: { permission: "grants.apply", idempotent: true },
        schema: {
          tags,
          summary: "Mittel abrufen (geprüft gegen den Bescheid)",
          params: api.requestGrantPayment.params,
          body: api.requestGrantPayment.body,
          response: { 201: api.requestGrantPayment.response, ...errors },
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

    for (const [route, approve, summary] of [
      [api.approveGrantPayment, true, "Mittelabruf freigeben: bucht die Zahlung auf die Bindung"],
      [api.refuseGrantPayment, false, "Mittelabruf ablehnen"],
    ] as const)
      app.post(
        route.path,
        {
          config: { permission: "grants.decide" },
          schema: {
            tags,
            summary,
            params: route.params,
            body: route.body,
            response: { 200: route.response, ...errors },
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
      api.submitGrantProof.path,
      {
        config: { permission: "grants.apply", idempotent: true },
        schema: {
          tags,
          summary: "Verwendungsnachweis einreichen (Sachbericht und Ist-Kosten je Kostenart)",
          params: api.submitGrantProof.params,
          body: api.submitGrantProof.body,
          response: { 201: api.submitGrantProof.response, ...errors },
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
      api.confirmGrantProof.path,
      {
        config: { permission: "grants.decide" },
        schema: {
          tags,
          summary: "Verwendungsnachweis bestätigen: bucht Rückforderung und Freigabe",
          params: api.confirmGrantProof.params,
          body: api.confirmGrantProof.body,
          response: { 200: api.confirmGrantProof.response, ...errors },
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
