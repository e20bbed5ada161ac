import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { measureAreaRoutes as api } from "../../../contract/routes/measure-area";
import { partnerRoutes as partnerApi } from "../../../contract/routes/partners";
import { may } from "../../platform/auth/permissions";
import { viewerOf } from "../../platform/auth/viewer";
import { todayIso } from "../../platform/clock";
import { writeProblems } from "../../platform/http/problem-responses";
import { getPartner } from "./partner-page";
import { audienceOf } from "./published";
import { getOptions, getRollUp, listMeasures } from "./read";
import { changeStatus, createMeasure, getMeasure, postProgress, updateMeasure } from "./service";

const tags = ["Maßnahmen"];
const errors = writeProblems;

export function measureRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listMeasures.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Maßnahmen: filtern, suchen, sortieren, blättern",
          querystring: api.listMeasures.querystring,
          response: { 200: api.listMeasures.response, 400: problemSchema },
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
      api.getMeasureOptions.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Auswahllisten: Maßnahmenarten, Partner, Gemeinden, Handlungsempfehlungen",
          response: { 200: api.getMeasureOptions.response },
        },
      },
      async (request) =>
        getOptions(request.tenantDb, { canEdit: may(viewerOf(request).role, "measures.edit") }),
    );

    app.get(
      api.getMeasureRollUp.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Fortschritt je Handlungsempfehlung, -ziel und -feld (gewichtet, Ampeln)",
          response: { 200: api.getMeasureRollUp.response },
        },
      },
      async (request) =>
        getRollUp(request.tenantDb, { today: todayIso(), audience: audienceOf(request) }),
    );

    app.get(
      api.getMeasure.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Eine Maßnahme mit Empfehlungen, Partnern, Meilensteinen und Sachständen",
          params: api.getMeasure.params,
          response: { 200: api.getMeasure.response, 400: problemSchema, 404: problemSchema },
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
      api.createMeasure.path,
      {
        config: { permission: "measures.edit", idempotent: true },
        schema: {
          tags,
          summary: "Maßnahme anlegen",
          body: api.createMeasure.body,
          response: { 201: api.createMeasure.response, ...errors },
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
      api.updateMeasure.path,
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Maßnahme ändern",
          params: api.updateMeasure.params,
          body: api.updateMeasure.body,
          response: { 200: api.updateMeasure.response, ...errors },
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
      api.changeMeasureStatus.path,
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Status ändern (mit Datum und Begründung)",
          params: api.changeMeasureStatus.params,
          body: api.changeMeasureStatus.body,
          response: { 200: api.changeMeasureStatus.response, ...errors },
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
      api.postMeasureProgress.path,
      {
        config: { permission: "measures.report", idempotent: true },
        schema: {
          tags,
          summary: "Sachstand melden (Partner nur für eigene Maßnahmen)",
          params: api.postMeasureProgress.params,
          body: api.postMeasureProgress.body,
          response: { 201: api.postMeasureProgress.response, 403: problemSchema, ...errors },
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
      partnerApi.getPartner.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Netzwerkpartner mit seinen Maßnahmen",
          params: partnerApi.getPartner.params,
          response: { 200: partnerApi.getPartner.response, 400: problemSchema, 404: problemSchema },
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
  };
}
