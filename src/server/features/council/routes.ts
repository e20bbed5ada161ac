import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import {
  addConsultationSchema,
  type ConceptPaperDraft,
  committeeSchema,
  councilSchema,
  createCommitteeSchema,
  createMeetingSchema,
  createPaperSchema,
  type FundPaperDraft,
  fundPaperDraftSchema,
  meetingSchema,
  type Paper,
  paperSchema,
  type ReportPaperDraft,
} from "../../../contract/council";
import {
  type CommitteeDetail,
  committeeDetailSchema,
  type MeetingDetail,
  meetingDetailSchema,
} from "../../../contract/council-pages";
import { fundParamsSchema } from "../../../contract/ledger";
import type { Actor } from "../../platform/auth/actor";
import { may } from "../../platform/auth/permissions";
import { todayIso } from "../../platform/clock";
import { dataPaperDraftRoutes } from "./data-paper-draft-routes";
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

type Scope = FastifyRequest["tenantDb"];
type Drafting<Source> = Actor & Source & { today: string };

/**
 * What the council's routes answer with but other folders compose, so that council/ imports
 * none of them (no folder cycles): the pages of a committee and a meeting (council-pages/) and
 * the Vorlagen aus Daten (paper-drafts/). app.ts hands them in.
 */
export interface CouncilComposedServices {
  committeeDetail: (scope: Scope, args: { id: string; today: string }) => Promise<CommitteeDetail>;
  meetingDetail: (scope: Scope, args: { id: string }) => Promise<MeetingDetail>;
  draftFromFund: (
    scope: Scope,
    args: Drafting<{ fundId: string; input: FundPaperDraft }>,
  ) => Promise<Paper>;
  draftFromConceptVersion: (
    scope: Scope,
    args: Drafting<{ versionId: string; input: ConceptPaperDraft }>,
  ) => Promise<Paper>;
  draftFromReport: (
    scope: Scope,
    args: Drafting<{ reportId: string; input: ReportPaperDraft }>,
  ) => Promise<Paper>;
}

export function councilRoutes(composed: CouncilComposedServices): FastifyPluginAsyncZod {
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
        composed.committeeDetail(request.tenantDb, { id: request.params.id, today: todayIso() }),
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
      async (request) => composed.meetingDetail(request.tenantDb, { id: request.params.id }),
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
          await composed.draftFromFund(request.tenantDb, {
            ...request.actor,
            fundId: request.params.fundId,
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    await dataPaperDraftRoutes(app, composed);
    await paperExportRoutes(app);
    await paperFilesRoutes(app);
  };
}
