import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemSchema } from "../../../contract/common";
import { followUpRoutes as api } from "../../../contract/routes/follow-ups";
import { todayIso } from "../../platform/clock";
import { addFollowUpNote, createFollowUp, listFollowUps, updateFollowUp } from "./service";

const tags = ["Beschlussverfolgung"];
const refusals = { 400: problemSchema, 404: problemSchema, 422: problemSchema };

/** Decision tracking (Beschlussverfolgung): follow-ups of resolutions and their notes. */
export function followUpRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      api.listFollowUps.path,
      {
        config: { permission: "followUps.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Aufgaben zur Umsetzung von Beschlüssen (optional je Gremium oder Beschluss)",
          querystring: api.listFollowUps.querystring,
          response: { 200: api.listFollowUps.response, 400: problemSchema },
        },
      },
      async (request) => ({
        items: await listFollowUps(
          request.tenantDb,
          {
            committeeId: request.query.committeeId,
            resolutionId: request.query.resolutionId,
            open: request.query.open === "true",
          },
          todayIso(),
        ),
      }),
    );

    app.post(
      api.createFollowUp.path,
      {
        config: { permission: "followUps.edit", idempotent: true },
        schema: {
          tags,
          summary: "Aufgabe zur Umsetzung eines Beschlusses anlegen",
          params: api.createFollowUp.params,
          body: api.createFollowUp.body,
          response: { 201: api.createFollowUp.response, ...refusals },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createFollowUp(request.tenantDb, {
            ...request.actor,
            resolutionId: request.params.id,
            input: request.body,
            today: todayIso(),
          }),
        ),
    );

    app.patch(
      api.updateFollowUp.path,
      {
        config: { permission: "followUps.edit" },
        schema: {
          tags,
          summary: "Aufgabe ändern: was, wer, bis wann, Stand",
          params: api.updateFollowUp.params,
          body: api.updateFollowUp.body,
          response: { 200: api.updateFollowUp.response, ...refusals },
        },
      },
      async (request) =>
        updateFollowUp(request.tenantDb, {
          ...request.actor,
          id: request.params.id,
          input: request.body,
          today: todayIso(),
        }),
    );

    app.post(
      api.addFollowUpNote.path,
      {
        config: { permission: "followUps.edit", idempotent: true },
        schema: {
          tags,
          summary: "Datierte Notiz zu einer Aufgabe",
          params: api.addFollowUpNote.params,
          body: api.addFollowUpNote.body,
          response: { 201: api.addFollowUpNote.response, ...refusals },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await addFollowUpNote(request.tenantDb, {
            ...request.actor,
            id: request.params.id,
            input: request.body,
            today: todayIso(),
          }),
        ),
    );
  };
}
