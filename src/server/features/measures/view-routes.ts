import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { measureAreaRoutes as api } from "../../../contract/routes/measure-area";
import { todayIso } from "../../platform/clock";
import { addMeasureType } from "./measure-types";
import { audienceOf } from "./published";
import { getByMunicipality, getSettings, getTimeline, saveSettings } from "./views";

const tags = ["Maßnahmen"];

/** Views of measures (timeline, by municipality) and the office's settings. */
export function measureViewRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.getMeasureTimeline.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Zeitleiste (Gantt): Maßnahmen je Handlungsfeld mit Beginn und Ende",
          response: { 200: api.getMeasureTimeline.response },
        },
      },
      async (request) =>
        getTimeline(request.tenantDb, { today: todayIso(), audience: audienceOf(request) }),
    );

    app.get(
      api.getMeasuresByMunicipality.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Maßnahmen je Stadt, Gemeinde und Samtgemeinde, gezählt nach Status",
          response: { 200: api.getMeasuresByMunicipality.response },
        },
      },
      async (request) => getByMunicipality(request.tenantDb, { audience: audienceOf(request) }),
    );

    app.get(
      api.getMeasureSettings.path,
      {
        config: { permission: "measures.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Einstellungen der Maßnahmen: Frist bis „überfällig“ (Tage ohne Sachstand)",
          response: { 200: api.getMeasureSettings.response },
        },
      },
      async (request) => getSettings(request.tenantDb),
    );

    app.put(
      api.saveMeasureSettings.path,
      {
        config: { permission: "measures.edit" },
        schema: {
          tags,
          summary: "Frist bis „überfällig“ ändern (7 bis 730 Tage)",
          body: api.saveMeasureSettings.body,
          response: { 200: api.saveMeasureSettings.response, 400: problemSchema },
        },
      },
      async (request) =>
        saveSettings(request.tenantDb, { ...request.actor, overdueDays: request.body.overdueDays }),
    );

    app.post(
      api.addMeasureType.path,
      {
        config: { permission: "measures.edit", idempotent: true },
        schema: {
          tags,
          summary: "Neue Maßnahmenart anlegen (die Liste kann das Amt erweitern)",
          body: api.addMeasureType.body,
          response: { 201: api.addMeasureType.response, 400: problemSchema, 409: problemSchema },
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
