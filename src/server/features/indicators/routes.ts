import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { chartLanguageSchema, idParamsSchema, problemSchema } from "../../../contract/common";
import {
  approveInputSchema,
  chartQuerySchema,
  indicatorInputSchema,
  indicatorListSchema,
  indicatorOptionsSchema,
  indicatorSchema,
  targetsInputSchema,
  valueInputSchema,
} from "../../../contract/indicators";
import type { Viewer } from "../../platform/auth/actor";
import { todayIso } from "../../platform/clock";
import { languageOf } from "../../platform/http/problem";
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
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const yearQuerySchema = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional() })
  .strict();
const chartYearQuerySchema = yearQuerySchema.extend({ lang: chartLanguageSchema }).strict();

function viewerOf(request: FastifyRequest): Viewer {
  const user = request.session?.user;
  return { role: user?.role ?? "public", partnerId: user?.partnerId ?? null };
}
const thisYear = () => Number(todayIso().slice(0, 4));

export function indicatorRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/indicators",
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Kennzahlenkatalog mit Ampel zum Ziel des Jahres (nur freigegebene Werte)",
          querystring: yearQuerySchema,
          response: { 200: indicatorListSchema, 400: problemSchema },
        },
      },
      async (request) =>
        listIndicatorSummaries(request.tenantDb, {
          viewer: viewerOf(request),
          year: request.query.year ?? thisYear(),
        }),
    );

    app.get(
      "/indicators/options",
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Auswahllisten: Handlungsfelder und -ziele, Partner, Gemeinden",
          response: { 200: indicatorOptionsSchema },
        },
      },
      async (request) => getOptions(request.tenantDb),
    );

    app.get(
      "/indicators/status.svg",
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Ampel aller Kennzahlen zum Ziel als SVG",
          querystring: chartYearQuerySchema,
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
      "/indicators/:id",
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Eine Kennzahl mit Zielen, Werten und Zeitreihe",
          params: idParamsSchema,
          querystring: yearQuerySchema,
          response: { 200: indicatorSchema, 400: problemSchema, 404: problemSchema },
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
      "/indicators/:id/chart.svg",
      {
        config: { permission: "indicators.read" },
        schema: {
          tags,
          summary: "Diagramm als SVG: Zeitreihe zum Ziel oder ein Jahr nach Gemeinden",
          params: idParamsSchema,
          querystring: chartQuerySchema,
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
      "/indicators",
      {
        config: { permission: "indicators.edit", idempotent: true },
        schema: {
          tags,
          summary: "Kennzahl anlegen",
          body: indicatorInputSchema,
          response: { 201: indicatorSchema, ...errors },
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
      "/indicators/:id",
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Kennzahl ändern (auch: Vorschlag übernehmen)",
          params: idParamsSchema,
          body: indicatorInputSchema,
          response: { 200: indicatorSchema, ...errors },
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
      "/indicators/:id",
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Kennzahl mit Zielen und Werten löschen (z. B. einen Vorschlag verwerfen)",
          params: idParamsSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteIndicator(request.tenantDb, { ...request.actor, id: request.params.id });
        return reply.code(204).send(null);
      },
    );

    app.put(
      "/indicators/:id/targets",
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Zielwerte je Jahr setzen (ersetzt alle)",
          params: idParamsSchema,
          body: targetsInputSchema,
          response: { 200: indicatorSchema, ...errors },
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
      "/indicators/:id/values",
      {
        config: { permission: "indicators.report", idempotent: true },
        schema: {
          tags,
          summary: "Wert erfassen (als Entwurf; Partner nur für zugeordnete Kennzahlen)",
          params: idParamsSchema,
          body: valueInputSchema,
          response: { 201: indicatorSchema, 403: problemSchema, ...errors },
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
      "/indicators/:id/values/approve",
      {
        config: { permission: "indicators.edit" },
        schema: {
          tags,
          summary: "Entwürfe freigeben: nur freigegebene Werte zählen",
          params: idParamsSchema,
          body: approveInputSchema,
          response: { 200: indicatorSchema, ...errors },
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
