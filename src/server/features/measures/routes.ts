import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import {
  measureInputSchema,
  measureListQuerySchema,
  measureListSchema,
  measureOptionsSchema,
  measureRollUpSchema,
  measureSchema,
  partnerInputSchema,
  partnerSchema,
  partnerSummarySchema,
  progressInputSchema,
  statusChangeInputSchema,
} from "../../../contract/measures";
import type { Viewer } from "../../platform/auth/actor";
import { may } from "../../platform/auth/permissions";
import { todayIso } from "../../platform/clock";
import { createPartner, getPartner, updatePartner } from "./partners";
import { audienceOf } from "./published";
import { getOptions, getRollUp, listMeasures } from "./read";
import { changeStatus, createMeasure, getMeasure, postProgress, updateMeasure } from "./service";

const tags = ["Maßnahmen"];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

function viewerOf(request: FastifyRequest): Viewer {
  const user = request.session?.user;
  return { role: user?.role ?? "public", partnerId: user?.partnerId ?? null };
}

export function measureRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/measures",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Maßnahmen: filtern, suchen, sortieren, blättern",
          querystring: measureListQuerySchema,
          response: { 200: measureListSchema, 400: problemSchema },
        },
      },
      async (request) =>
        listMeasures(request.tenantDb, {
          query: request.query,
          today: todayIso(),
          audience: audienceOf(request),
        }),
    );

    app.get(
      "/measures/options",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Auswahllisten: Maßnahmenarten, Partner, Gemeinden, Handlungsempfehlungen",
          response: { 200: measureOptionsSchema },
        },
      },
      async (request) =>
        getOptions(request.tenantDb, { canEdit: may(viewerOf(request).role, "measures.edit") }),
    );

    app.get(
      "/measures/rollup",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Fortschritt je Handlungsempfehlung, -ziel und -feld (gewichtet, Ampeln)",
          response: { 200: measureRollUpSchema },
        },
      },
      async (request) =>
        getRollUp(request.tenantDb, { today: todayIso(), audience: audienceOf(request) }),
    );

    app.get(
      "/measures/:id",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Maßnahme mit Empfehlungen, Partnern, Meilensteinen und Sachständen",
          params: idParamsSchema,
          response: { 200: measureSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        getMeasure(request.tenantDb, {
          id: request.params.id,
          viewer: viewerOf(request),
          today: todayIso(),
        }),
    );

    app.post(
      "/measures",
      {
        config: { permission: "measures.edit", idempotent: true },
        schema: {
          tags,
          summary: "Maßnahme anlegen",
          body: measureInputSchema,
          response: { 201: measureSchema, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createMeasure(request.tenantDb, {
          ...request.actor,
          input: request.body,
          today: todayIso(),
        });
        return reply.code(201).send(created);
      },
    );

    app.put(
      "/measures/:id",
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Maßnahme ändern",
          params: idParamsSchema,
          body: measureInputSchema,
          response: { 200: measureSchema, ...errors },
        },
      },
      async (request) =>
        updateMeasure(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          today: todayIso(),
        }),
    );

    app.post(
      "/measures/:id/status",
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Status ändern (mit Datum und Begründung)",
          params: idParamsSchema,
          body: statusChangeInputSchema,
          response: { 200: measureSchema, ...errors },
        },
      },
      async (request) =>
        changeStatus(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          today: todayIso(),
        }),
    );

    app.post(
      "/measures/:id/progress",
      {
        config: { permission: "measures.report", idempotent: true },
        schema: {
          tags,
          summary: "Sachstand melden (Partner nur für eigene Maßnahmen)",
          params: idParamsSchema,
          body: progressInputSchema,
          response: { 201: measureSchema, 403: problemSchema, ...errors },
        },
      },
      async (request, reply) => {
        const measure = await postProgress(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          viewer: viewerOf(request),
          today: todayIso(),
        });
        return reply.code(201).send(measure);
      },
    );

    app.get(
      "/partners/:id",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Netzwerkpartner mit seinen Maßnahmen",
          params: idParamsSchema,
          response: { 200: partnerSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        getPartner(request.tenantDb, {
          id: request.params.id,
          today: todayIso(),
          showContact: viewerOf(request).role !== "public",
          audience: audienceOf(request),
        }),
    );

    app.post(
      "/partners",
      {
        config: { permission: "measures.edit", idempotent: true },
        schema: {
          tags,
          summary: "Netzwerkpartner anlegen",
          body: partnerInputSchema,
          response: { 201: partnerSummarySchema, 400: problemSchema, 422: problemSchema },
        },
      },
      async (request, reply) => {
        const created = await createPartner(request.tenantDb, {
          ...request.actor,
          input: request.body,
        });
        return reply.code(201).send(created);
      },
    );

    app.put(
      "/partners/:id",
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Netzwerkpartner ändern",
          params: idParamsSchema,
          body: partnerInputSchema,
          response: { 200: partnerSummarySchema, ...errors },
        },
      },
      async (request) =>
        updatePartner(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
        }),
    );
  };
}
