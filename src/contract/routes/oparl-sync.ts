import { apiRoute } from "../api-route";
import {
  oparlRunInputSchema,
  oparlScheduleInputSchema,
  oparlSyncInputSchema,
  oparlSyncSchema,
} from "../oparl-sync";

/** The import from the council information system (OParl): address, schedule, runs. */
export const oparlSyncRoutes = {
  getOParlSync: apiRoute({
    method: "GET",
    path: "/oparl-sync",
    status: 200,
    response: oparlSyncSchema,
  }),
  saveOParlSyncSource: apiRoute({
    method: "PUT",
    path: "/oparl-sync",
    body: oparlSyncInputSchema,
    status: 200,
    response: oparlSyncSchema,
  }),
  saveOParlSyncSchedule: apiRoute({
    method: "PUT",
    path: "/oparl-sync/schedule",
    body: oparlScheduleInputSchema,
    status: 200,
    response: oparlSyncSchema,
  }),
  startOParlSync: apiRoute({
    method: "POST",
    path: "/oparl-sync/runs",
    body: oparlRunInputSchema,
    status: 202,
    response: oparlSyncSchema,
  }),
};
