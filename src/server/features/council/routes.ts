import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import type {
  ConceptPaperDraft,
  FundPaperDraft,
  Paper,
  ReportPaperDraft,
} from "../../../contract/council";
import type { CommitteeDetail, MeetingDetail } from "../../../contract/council-pages";
import { councilPaperRoutes as api } from "../../../contract/routes/council-papers";
import type { Actor } from "../../platform/auth/actor";
import { may } from "../../platform/auth/permissions";
import { todayIso } from "../../platform/clock";
import { writeProblems } from "../../platform/http/problem-responses";
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
const writeErrors = writeProblems;

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
      api.getCouncil.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Gremien, Sitzungen mit Tagesordnung und Vorlagen",
          response: { 200: api.getCouncil.response },
        },
      },
      async (request) =>
        getCouncil(request.tenantDb, {
          mayEdit: may(request.session?.user.role ?? "public", "governance.edit"),
        }),
    );

    app.get(
      api.getPaper.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Vorlage mit ihrer Beratungsfolge",
          params: api.getPaper.params,
          response: { 200: api.getPaper.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => getPaper(request.tenantDb, { id: request.params.id }),
    );

    app.get(
      api.getCommittee.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Ein Gremium: Sitzungen, offene Beratungen und Berichtspflichten",
          params: api.getCommittee.params,
          response: { 200: api.getCommittee.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        composed.committeeDetail(request.tenantDb, { id: request.params.id, today: todayIso() }),
    );

    app.get(
      api.getMeeting.path,
      {
        config: { permission: "governance.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Sitzung: Tagesordnung, Vorlagen und ihre Beschlüsse",
          params: api.getMeeting.params,
          response: { 200: api.getMeeting.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => composed.meetingDetail(request.tenantDb, { id: request.params.id }),
    );

    app.post(
      api.createCommittee.path,
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Gremium anlegen",
          body: api.createCommittee.body,
          response: { 201: api.createCommittee.response, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createCommittee(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.post(
      api.createMeeting.path,
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Sitzung mit Tagesordnung anlegen",
          body: api.createMeeting.body,
          response: { 201: api.createMeeting.response, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createMeeting(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.post(
      api.createPaper.path,
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Vorlage mit Beratungsfolge anlegen",
          body: api.createPaper.body,
          response: { 201: api.createPaper.response, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createPaper(request.tenantDb, { ...request.actor, input: request.body })),
    );

    app.post(
      api.addConsultation.path,
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary: "Schritt der Beratungsfolge anfügen",
          params: api.addConsultation.params,
          body: api.addConsultation.body,
          response: { 201: api.addConsultation.response, ...writeErrors },
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
      api.draftPaperFromFund.path,
      {
        config: { permission: "governance.edit", idempotent: true },
        schema: {
          tags,
          summary:
            "Vorlage aus den Daten eines Haushaltsmittels entwerfen (Zweckbindung erweitern, Haushaltsrest übertragen)",
          params: api.draftPaperFromFund.params,
          body: api.draftPaperFromFund.body,
          response: { 201: api.draftPaperFromFund.response, ...writeErrors },
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
