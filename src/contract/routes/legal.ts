import { apiRoute } from "../api-route";
import {
  legalParamsSchema,
  legalQuerySchema,
  legalTextInputSchema,
  legalTextSchema,
} from "../legal";

/** Impressum, Datenschutz, Erklärung zur Barrierefreiheit. */
export const legalRoutes = {
  getLegalText: apiRoute({
    method: "GET",
    path: "/legal/:topic",
    params: legalParamsSchema,
    querystring: legalQuerySchema,
    status: 200,
    response: legalTextSchema,
  }),
  saveLegalText: apiRoute({
    method: "PUT",
    path: "/legal/:topic",
    params: legalParamsSchema,
    body: legalTextInputSchema,
    status: 200,
    response: legalTextSchema,
  }),
};
