import { apiRoute } from "../api-route";
import {
  assignmentInputSchema,
  assignmentResultSchema,
  capacityQuerySchema,
  capacitySchema,
  createdPositionSchema,
  positionInputSchema,
} from "../capacity";
import { idParamsSchema } from "../common";

/** Personalkapazität: positions, their shares assigned to measures, demand against capacity. */
export const capacityRoutes = {
  getCapacity: apiRoute({
    method: "GET",
    path: "/capacity",
    querystring: capacityQuerySchema,
    status: 200,
    response: capacitySchema,
  }),
  createPosition: apiRoute({
    method: "POST",
    path: "/positions",
    body: positionInputSchema,
    status: 201,
    response: createdPositionSchema,
  }),
  assignPosition: apiRoute({
    method: "POST",
    path: "/positions/:id/assignments",
    params: idParamsSchema,
    body: assignmentInputSchema,
    status: 200,
    response: assignmentResultSchema,
  }),
};
