import type { ApiRoute } from "../api-route";
import { calendarRoutes } from "./calendar";
import { committeeReportRoutes } from "./committee-reports";
import { councilPaperRoutes } from "./council-papers";
import { followUpRoutes } from "./follow-ups";
import { myTaskRoutes } from "./my-tasks";
import { oparlSyncRoutes } from "./oparl-sync";
import { overviewRoutes } from "./overview";
import { resolutionRoutes } from "./resolutions";

/** Council, resolutions, follow-ups, committee reports, overview, my tasks, calendar, OParl sync: one entry per area file. */
export const councilAreas: Record<string, Record<string, ApiRoute>> = {
  council: councilPaperRoutes,
  resolutions: resolutionRoutes,
  followUps: followUpRoutes,
  committeeReports: committeeReportRoutes,
  overview: overviewRoutes,
  myTasks: myTaskRoutes,
  calendar: calendarRoutes,
  oparlSync: oparlSyncRoutes,
};
