import type { ApiRoute } from "../api-route";
import { legalRoutes } from "./legal";

/** Sign-in, accounts, tokens, audit, municipalities, county settings, legal texts: one entry per area file. */
export const platformAreas: Record<string, Record<string, ApiRoute>> = { legal: legalRoutes };
