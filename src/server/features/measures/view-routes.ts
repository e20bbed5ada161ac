import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import {
  measureSettingsInputSchema,
  measureSettingsSchema,
  measuresByMunicipalitySchema,
  measureTimelineSchema,
  measureTypeInputSchema,
  measureTypeSchema,
  partnerListQuerySchema,
  partnerListSchema,
} from "../../../contract/measure-views";
import { todayIso } from "../../platform/clock";
import { addMeasureType } from "./measure-types";
import { audienceOf } from "./published";
import {
  getByMunicipality,
  getSettings,
  getTimeline,
  listPartnerTable,
  saveSettings,
} from "./views";

const tags = ["Maßnahmen"];

/** Views of measures (timeline, by municipality), the partner list and the office's settings. */
export function measureViewRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/measures/timeline",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Zeitleiste (Gantt): Maßnahmen je Handlungsfeld mit Beginn und Ende",
          response: { 200: measureTimelineSchema },
        },
      },
      async (request) =>
        getTimeline(request.tenantDb, { today: todayIso(), audience: audienceOf(request) }),
    );

    app.get(
      "/measures/by-municipality",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Maßnahmen je Stadt, Gemeinde und Samtgemeinde, gezählt nach Status",
          response: { 200: measuresByMunicipalitySchema },
        },
      },
      async (request) => getByMunicipality(request.tenantDb, { audience: audienceOf(request) }),
    );

    app.get(
      "/partners",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Netzwerkpartner: filtern nach Art und Name, sortieren",
          querystring: partnerListQuerySchema,
          response: { 200: partnerListSchema, 400: problemSchema },
        },
      },
      async (request) => listPartnerTable(request.tenantDb, request.query),
    );

    app.get(
      "/measures/settings",
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Einstellungen der Maßnahmen: Frist bis „überfällig“ (Tage ohne Sachstand)",
          response: { 200: measureSettingsSchema },
        },
      },
      async (request) => getSettings(request.tenantDb),
    );

    app.put(
      "/measures/settings",
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Frist bis „überfällig“ ändern (7 bis 730 Tage)",
          body: measureSettingsInputSchema,
          response: { 200: measureSettingsSchema, 400: problemSchema },
        },
      },
      async (request) =>
        saveSettings(request.tenantDb, { ...request.actor, overdueDays: request.body.overdueDays }),
    );

    app.post(
      "/measure-types",
      {
        config: { permission: "measures.edit", idempotent: true },
        schema: {
          tags,
          summary: "Neue Maßnahmenart anlegen (die Liste kann das Amt erweitern)",
          body: measureTypeInputSchema,
          response: { 201: measureTypeSchema, 400: problemSchema, 409: problemSchema },
        },
      },
      async (request, reply) => {
        const created = await addMeasureType(request.tenantDb, {
          ...request.actor,
          name: request.body.name,
        });
        return reply.code(201).send(created);
      },
    );
  };
}
