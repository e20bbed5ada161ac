import type { ApiRoute } from "../api-route";
/** Measures, indicators, the concept: one entry per area file. */
export const measureAreas: Record<string, Record<string, ApiRoute>> = {};
