import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, problemSchema } from "../../contract/common";
import {
  addConsultationSchema,
  committeeSchema,
  councilSchema,
  createCommitteeSchema,
  createMeetingSchema,
  createPaperSchema,
  fundPaperDraftSchema,
  meetingSchema,
  paperSchema,
} from "../../contract/council";
import { committeeDetailSchema, meetingDetailSchema } from "../../contract/council-pages";
import { fundParamsSchema } from "../../contract/ledger";
import { may } from "../auth/permissions";
import { todayIso } from "../clock";
import { dataPaperDraftRoutes } from "./data-paper-draft-routes";
import { getCommitteeDetail, getMeetingDetail } from "./detail-service";
import { draftPaperFromFund } from "./paper-drafts";
import { paperExportRoutes } from "./paper-export-routes";
import { paperFilesRoutes } from "./paper-files-routes";
import {
  addConsultation,
  createCommittee,
  createMeeting,
  createPaper,
  getCouncil,
  getPaper,
} from "./service";

const tags = ["Gremien"];
const writeErrors = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export function councilRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/council",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Gremien, Sitzungen mit Tagesordnung und Vorlagen",
          response: { 200: councilSchema },
        },
      },
      async (request) =>
        getCouncil(request.tenantDb, {
          mayEdit: may(request.session?.user.role ?? "public", "governance.edit"),
        }),
    );

    app.get(
      "/papers/:id",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Vorlage mit ihrer Beratungsfolge",
          params: idParamsSchema,
          response: { 200: paperSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getPaper(request.tenantDb, { id: request.params.id }),
    );

    app.get(
      "/committees/:id",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Ein Gremium: Sitzungen, offene Beratungen und Berichtspflichten",
          params: idParamsSchema,
          response: { 200: committeeDetailSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        getCommitteeDetail(request.tenantDb, { id: request.params.id, today: todayIso() }),
    );

    app.get(
      "/meetings/:id",
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Sitzung: Tagesordnung, Vorlagen und ihre Beschlüsse",
          params: idParamsSchema,
          response: { 200: meetingDetailSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getMeetingDetail(request.tenantDb, { id: request.params.id }),
    );

    app.post(
      "/committees",
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Gremium anlegen",
          body: createCommitteeSchema,
          response: { 201: committeeSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createCommittee(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.post(
      "/meetings",
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Sitzung mit Tagesordnung anlegen",
          body: createMeetingSchema,
          response: { 201: meetingSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createMeeting(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.post(
      "/papers",
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Vorlage mit Beratungsfolge anlegen",
          body: createPaperSchema,
          response: { 201: paperSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createPaper(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.post(
      "/papers/:id/consultations",
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Schritt der Beratungsfolge anfügen",
          params: idParamsSchema,
          body: addConsultationSchema,
          response: { 201: paperSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await addConsultation(request.tenantDb, {
            ...request.actor,
            paperId: request.params.id,
            input: request.body,
          }),
        ),
    );

    app.post(
      "/funds/:fundId/paper-drafts",
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Vorlage aus den Daten eines Haushaltsmittels entwerfen (Zweckbindung erweitern, Haushaltsrest übertragen)",
          params: fundParamsSchema,
          body: fundPaperDraftSchema,
          response: { 201: paperSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await draftPaperFromFund(request.tenantDb, {
            ...request.actor,
            fundId: request.params.fundId,
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    await dataPaperDraftRoutes(app);
    await paperExportRoutes(app);
    await paperFilesRoutes(app);
  };
}
