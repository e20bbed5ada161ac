import type { ApiRoute } from "../api-route";
import { conceptRoutes } from "./concept";
import { indicatorRoutes } from "./indicators";
import { measureAreaRoutes } from "./measure-area";
import { partnerRoutes } from "./partners";

/** Measures, network partners, indicators, the concept: one entry per area file. */
export const measureAreas: Record<string, Record<string, ApiRoute>> = {
  measures: measureAreaRoutes,
  partners: partnerRoutes,
  indicators: indicatorRoutes,
  concept: conceptRoutes,
};
