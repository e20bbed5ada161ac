import type { ApiRoute } from "../api-route";
import { councilAreas } from "./council";
import { measureAreas } from "./measures";
import { moneyAreas } from "./money";
import { platformAreas } from "./platform";

/**
 * The API's route table (below /api/v1): areas of named routes, in four groups. Area names and
 * route names are unique across the table (src/server/api-route-table.test.ts checks that, and
 * that the server registers exactly these routes with exactly these schemas).
 */
export const apiRouteAreas: [area: string, routes: Record<string, ApiRoute>][] = [
  ...Object.entries(moneyAreas),
  ...Object.entries(measureAreas),
  ...Object.entries(councilAreas),
  ...Object.entries(platformAreas),
];
