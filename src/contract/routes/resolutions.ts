import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import {
  recordResolutionSchema,
  resolutionListSchema,
  resolutionQuerySchema,
  resolutionSchema,
} from "../resolution";

/** Resolutions: recorded, never changed (no PUT, PATCH or DELETE). */
export const resolutionRoutes = {
  listResolutions: apiRoute({
    method: "GET",
    path: "/resolutions",
    querystring: resolutionQuerySchema,
    status: 200,
    response: resolutionListSchema,
  }),
  getResolution: apiRoute({
    method: "GET",
    path: "/resolutions/:id",
    params: idParamsSchema,
    status: 200,
    response: resolutionSchema,
  }),
  recordResolution: apiRoute({
    method: "POST",
    path: "/resolutions",
    body: recordResolutionSchema,
    status: 201,
    response: resolutionSchema,
  }),
};
