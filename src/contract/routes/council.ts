import type { ApiRoute } from "../api-route";
/** Council, resolutions, follow-ups, committee reports, overview, my tasks, calendar, OParl sync: one entry per area file. */
export const councilAreas: Record<string, Record<string, ApiRoute>> = {};
