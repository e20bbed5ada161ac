import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../contract/common";
import { indicatorRoutes as api } from "../../../contract/routes/indicators";
import { viewerOf } from "../../platform/auth/viewer";
import { todayIso } from "../../platform/clock";
import { languageOf } from "../../platform/http/problem";
import { writeProblems } from "../../platform/http/problem-responses";
import { indicatorChartSvg, statusChartSvg } from "./charts";
import {
  approveValues,
  createIndicator,
  deleteIndicator,
  enterValue,
  getIndicator,
  getOptions,
  listIndicatorSummaries,
  setTargets,
  updateIndicator,
} from "./service";

const tags = ["Kennzahlen"];
const errors = writeProblems;

const thisYear = () => Number(todayIso().slice(0, 4));

export function indicatorRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listIndicators.path,
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Kennzahlenkatalog mit Ampel zum Ziel des Jahres (nur freigegebene Werte)",
          querystring: api.listIndicators.querystring,
          response: { 200: api.listIndicators.response, 400: problemSchema },
        },
      },
      async (request) =>
        listIndicatorSummaries(request.tenantDb, {
          viewer: viewerOf(request),
          year: request.query.year ?? thisYear(),
        }),
    );

    app.get(
      api.getIndicatorOptions.path,
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Auswahllisten: Handlungsfelder und -ziele, Partner, Gemeinden",
          response: { 200: api.getIndicatorOptions.response },
        },
      },
      async (request) => getOptions(request.tenantDb),
    );

    app.get(
      api.getIndicatorStatusChart.path,
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Ampel aller Kennzahlen zum Ziel als SVG",
          querystring: api.getIndicatorStatusChart.querystring,
          produces: ["image/svg+xml"],
        },
      },
      async (request, reply) =>
        reply.header("content-type", "image/svg+xml; charset=utf-8").send(
          await statusChartSvg(request.tenantDb, {
            viewer: viewerOf(request),
            year: request.query.year ?? thisYear(),
            language: languageOf(request),
          }),
        ),
    );

    app.get(
      api.getIndicator.path,
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Eine Kennzahl mit Zielen, Werten und Zeitreihe",
          params: api.getIndicator.params,
          querystring: api.getIndicator.querystring,
          response: { 200: api.getIndicator.response, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) =>
        getIndicator(request.tenantDb, {
          id: request.params.id,
          viewer: viewerOf(request),
          year: request.query.year ?? thisYear(),
        }),
    );

    app.get(
      api.getIndicatorChart.path,
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Diagramm als SVG: Zeitreihe zum Ziel oder ein Jahr nach Gemeinden",
          params: api.getIndicatorChart.params,
          querystring: api.getIndicatorChart.querystring,
          produces: ["image/svg+xml"],
        },
      },
      async (request, reply) =>
        reply.header("content-type", "image/svg+xml; charset=utf-8").send(
          await indicatorChartSvg(request.tenantDb, {
            id: request.params.id,
            viewer: viewerOf(request),
            kind: request.query.kind,
            year: request.query.year ?? thisYear(),
            language: languageOf(request),
          }),
        ),
    );

    app.post(
      api.createIndicator.path,
      {
        config: { permission: "indicators.edit", idempotent: true },
        schema: {
          tags,
          summary: "Kennzahl anlegen",
          body: api.createIndicator.body,
          response: { 201: api.createIndicator.response, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createIndicator(request.tenantDb, {
          ...request.actor,
          input: request.body,
          year: thisYear(),
        });
        return reply.code(201).send(created);
      },
    );

    app.put(
      api.updateIndicator.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Kennzahl ändern (auch: Vorschlag übernehmen)",
          params: api.updateIndicator.params,
          body: api.updateIndicator.body,
          response: { 200: api.updateIndicator.response, ...errors },
        },
      },
      async (request) =>
        updateIndicator(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          year: thisYear(),
        }),
    );

    app.delete(
      api.deleteIndicator.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Kennzahl mit Zielen und Werten löschen (z. B. einen Vorschlag verwerfen)",
          params: api.deleteIndicator.params,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteIndicator(request.tenantDb, { ...request.actor, id: request.params.id });
        return reply.code(204).send(null);
      },
    );

    app.put(
      api.setIndicatorTargets.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Zielwerte je Jahr setzen (ersetzt alle)",
          params: api.setIndicatorTargets.params,
          body: api.setIndicatorTargets.body,
          response: { 200: api.setIndicatorTargets.response, ...errors },
        },
      },
      async (request) =>
        setTargets(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          year: thisYear(),
        }),
    );

    app.post(
      api.enterIndicatorValue.path,
      {
        config: { permission: "indicators.report", idempotent: true },
        schema: {
          tags,
          summary: "Wert erfassen (als Entwurf; Partner nur für zugeordnete Kennzahlen)",
          params: api.enterIndicatorValue.params,
          body: api.enterIndicatorValue.body,
          response: { 201: api.enterIndicatorValue.response, 403: problemSchema, ...errors },
        },
      },
      async (request, reply) => {
        const indicator = await enterValue(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          viewer: viewerOf(request),
          year: thisYear(),
        });
        return reply.code(201).send(indicator);
      },
    );

    app.post(
      api.approveIndicatorValues.path,
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Entwürfe freigeben: nur freigegebene Werte zählen",
          params: api.approveIndicatorValues.params,
          body: api.approveIndicatorValues.body,
          response: { 200: api.approveIndicatorValues.response, ...errors },
        },
      },
      async (request) =>
        approveValues(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          valueIds: request.body.valueIds,
          year: thisYear(),
        }),
    );
  };
}
