import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, problemSchema } from "../../../contract/common";
import {
  addFollowUpNoteSchema,
  createFollowUpSchema,
  followUpListSchema,
  followUpQuerySchema,
  followUpSchema,
  updateFollowUpSchema,
} from "../../../contract/follow-up";
import { todayIso } from "../../platform/clock";
import { addFollowUpNote, createFollowUp, listFollowUps, updateFollowUp } from "./service";

const tags = ["Beschlussverfolgung"];
const refusals = { 400: problemSchema, 404: problemSchema, 422: problemSchema };

/** Decision tracking (Beschlussverfolgung): follow-ups of resolutions and their notes. */
export function followUpRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/follow-ups",
      {
        config: { permission: "followUps.read", replicaSafe: true },
        schema: {
          tags,
          summary: "Aufgaben zur Umsetzung von Beschlüssen (optional je Gremium oder Beschluss)",
          querystring: followUpQuerySchema,
          response: { 200: followUpListSchema, 400: problemSchema },
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
      "/resolutions/:id/follow-ups",
      {
        config: { permission: "followUps.edit", idempotent: true },
        schema: {
          tags,
          summary: "Aufgabe zur Umsetzung eines Beschlusses anlegen",
          params: idParamsSchema,
          body: createFollowUpSchema,
          response: { 201: followUpSchema, ...refusals },
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
      "/follow-ups/:id",
      {
        config: { permission: "followUps.edit" },
        schema: {
          tags,
          summary: "Aufgabe ändern: was, wer, bis wann, Stand",
          params: idParamsSchema,
          body: updateFollowUpSchema,
          response: { 200: followUpSchema, ...refusals },
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
      "/follow-ups/:id/notes",
      {
        config: { permission: "followUps.edit", idempotent: true },
        schema: {
          tags,
          summary: "Datierte Notiz zu einer Aufgabe",
          params: idParamsSchema,
          body: addFollowUpNoteSchema,
          response: { 201: followUpSchema, ...refusals },
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
