import type { ApiRoute } from "../api-route";
import { grantRoutes } from "./grants";
import { ledgerRoutes } from "./ledger";

/** Funds and bookings, grants, staff capacity, deadlines: one entry per area file. */
export const moneyAreas: Record<string, Record<string, ApiRoute>> = {
  ledger: ledgerRoutes,
  grants: grantRoutes,
};
