import { e2eAccounts } from "./auth-accounts";

/** The coordinator account the webServer command creates before Kurs starts (fresh data dir). */
export const e2eCoordinator = {
  email: e2eAccounts.coordinator.email,
  password: e2eAccounts.coordinator.password,
};
