import { e2eAccounts } from "./auth-accounts";

/** The coordinator account the webServer command creates before Kurs starts (fresh data dir). */
export const e2eCoordinator = {
  email: e2eAccounts.coordinator.email,
  password: e2eAccounts.coordinator.password,
};

/** The first admin of "Landkreis Muster", created by e2e/run.ts for county-start.journey.spec.ts. */
export const musterAdmin = {
  email: "admin@muster.example",
  password: "Landkreis-Muster-startet-2026",
};
