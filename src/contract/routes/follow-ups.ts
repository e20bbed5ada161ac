import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import {
  addFollowUpNoteSchema,
  createFollowUpSchema,
  followUpListSchema,
  followUpQuerySchema,
  followUpSchema,
  updateFollowUpSchema,
} from "../follow-up";

/** Decision tracking (Beschlussverfolgung): follow-ups of resolutions and their notes. */
export const followUpRoutes = {
  listFollowUps: apiRoute({
    method: "GET",
    path: "/follow-ups",
    querystring: followUpQuerySchema,
    status: 200,
    response: followUpListSchema,
  }),
  createFollowUp: apiRoute({
    method: "POST",
    path: "/resolutions/:id/follow-ups",
    params: idParamsSchema,
    body: createFollowUpSchema,
    status: 201,
    response: followUpSchema,
  }),
  updateFollowUp: apiRoute({
    method: "PATCH",
    path: "/follow-ups/:id",
    params: idParamsSchema,
    body: updateFollowUpSchema,
    status: 200,
    response: followUpSchema,
  }),
  addFollowUpNote: apiRoute({
    method: "POST",
    path: "/follow-ups/:id/notes",
    params: idParamsSchema,
    body: addFollowUpNoteSchema,
    status: 201,
    response: followUpSchema,
  }),
};
