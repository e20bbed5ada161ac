import { apiRoute } from "../api-route";
import {
  countyListSchema,
  countySettingsInputSchema,
  countySettingsSchema,
  countySummarySchema,
  newCountySchema,
} from "../county-settings";

/** The county's settings (its admin) and the installation's counties (platform administration). */
export const tenantSettingsRoutes = {
  getCountySettings: apiRoute({
    method: "GET",
    path: "/county/settings",
    status: 200,
    response: countySettingsSchema,
  }),
  saveCountySettings: apiRoute({
    method: "PUT",
    path: "/county/settings",
    body: countySettingsInputSchema,
    status: 200,
    response: countySettingsSchema,
  }),
  listCounties: apiRoute({
    method: "GET",
    path: "/platform/counties",
    status: 200,
    response: countyListSchema,
  }),
  createCounty: apiRoute({
    method: "POST",
    path: "/platform/counties",
    body: newCountySchema,
    status: 201,
    response: countySummarySchema,
  }),
};
