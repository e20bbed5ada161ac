import type { ApiRoute } from "../api-route";
import { capacityRoutes } from "./capacity";
import { deadlineRoutes } from "./deadlines";
import { grantRoutes } from "./grants";
import { ledgerRoutes } from "./ledger";

/** Funds and bookings, grants, staff capacity, deadlines: one entry per area file. */
export const moneyAreas: Record<string, Record<string, ApiRoute>> = {
  ledger: ledgerRoutes,
  grants: grantRoutes,
  capacity: capacityRoutes,
  deadlines: deadlineRoutes,
};
