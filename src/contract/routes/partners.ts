import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import { partnerSchema } from "../measures";
import {
  partnerInputSchema,
  partnerListQuerySchema,
  partnerListSchema,
  partnerSummarySchema,
} from "../partners";

/** Network partners: the list, the form and a partner's page with its measures. */
export const partnerRoutes = {
  getPartner: apiRoute({
    method: "GET",
    path: "/partners/:id",
    params: idParamsSchema,
    status: 200,
    response: partnerSchema,
  }),
  createPartner: apiRoute({
    method: "POST",
    path: "/partners",
    body: partnerInputSchema,
    status: 201,
    response: partnerSummarySchema,
  }),
  updatePartner: apiRoute({
    method: "PUT",
    path: "/partners/:id",
    params: idParamsSchema,
    body: partnerInputSchema,
    status: 200,
    response: partnerSummarySchema,
  }),
  listPartners: apiRoute({
    method: "GET",
    path: "/partners",
    querystring: partnerListQuerySchema,
    status: 200,
    response: partnerListSchema,
  }),
};
