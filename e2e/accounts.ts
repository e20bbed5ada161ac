/** The account the webServer command creates before Kurs starts (fresh data directory per run). */
export const e2eCoordinator = {
  email: "e2e-koordination@example.org",
  password: "Kurs-E2E-Koordination-2026!",
};
