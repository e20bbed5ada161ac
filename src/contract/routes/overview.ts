import { apiRoute } from "../api-route";
import { overviewSchema, tenantInfoSchema } from "../overview";

/** The start page's overview, and the county's name and database kind. */
export const overviewRoutes = {
  getOverview: apiRoute({
    method: "GET",
    path: "/overview",
    status: 200,
    response: overviewSchema,
  }),
  getTenantInfo: apiRoute({
    method: "GET",
    path: "/tenant",
    status: 200,
    response: tenantInfoSchema,
  }),
};
