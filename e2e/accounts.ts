/** The coordinator account the e2e server is started with (playwright.config.ts creates it). */
export const e2eCoordinator = {
  email: "koordination@e2e.example",
  password: "Kurs-E2E-Koordination-2026!",
};
