import type { ApiRoute } from "../api-route";
import { auditRoutes } from "./audit";
import { authRoutes } from "./auth";
import { legalRoutes } from "./legal";
import { tenancyRoutes } from "./tenancy";
import { tenantSettingsRoutes } from "./tenant-settings";
import { userRoutes } from "./users";

/** Sign-in, accounts, tokens, audit, municipalities, county settings, legal texts: one entry per area file. */
export const platformAreas: Record<string, Record<string, ApiRoute>> = {
  auth: authRoutes,
  users: userRoutes,
  audit: auditRoutes,
  tenancy: tenancyRoutes,
  tenantSettings: tenantSettingsRoutes,
  legal: legalRoutes,
};
