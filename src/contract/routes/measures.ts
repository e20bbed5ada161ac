import type { ApiRoute } from "../api-route";
import { conceptRoutes } from "./concept";
import { indicatorRoutes } from "./indicators";
import { measureAreaRoutes } from "./measure-area";

/** Measures, indicators, the concept: one entry per area file. */
export const measureAreas: Record<string, Record<string, ApiRoute>> = {
  measures: measureAreaRoutes,
  indicators: indicatorRoutes,
  concept: conceptRoutes,
};
