import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { createAccountsCommand, createAccountsEnv } from "./e2e/auth-accounts";

/**
 * Browser tests in the system's Chromium (never a downloaded one) against a real Kurs server on a
 * fresh data directory, migrated and seeded with Rotenburg by the first `kurs create-user`, which
 * also creates the test accounts (e2e/auth-accounts.ts) before the server locks the directory.
 * `npm run test:e2e` (e2e/run.ts) prepares that directory once and copies it: one server per group
 * of ordinary specs (the groups are listed there), and one fresh server per journey
 * (KURS_E2E_JOURNEY), since each journey changes the seed's story. The server runs compiled (dist/server, built when stale), as `npm start` does.
 */
const port = Number(process.env.KURS_E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
// The config is evaluated in the runner and again in each worker: create the folder once.
process.env.KURS_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "kurs-e2e-"));

const journey = process.env.KURS_E2E_JOURNEY;
/**
 * e2e/run.ts runs two Playwright runs at once by default (KURS_E2E_LANES): on two cores each then
 * gets about one, and a test that needs 25 s alone may need 40 s. The limits say when a test hangs,
 * not how fast it must be, so they grow with the lanes; what the tests check stays the same.
 */
const lanes = Math.max(1, Number(process.env.KURS_E2E_LANES ?? 1));
const prepared = process.env.KURS_E2E_PREPARED === "1";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: process.env.KURS_E2E_OUTPUT ?? "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000 * lanes,
  expect: { timeout: 5_000 * lanes },
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
  },
  projects: journey
    ? [{ name: "journeys", testMatch: `**/${journey}`, use: chromium }]
    : [{ name: "chromium", testIgnore: "**/*.journey.spec.ts", use: chromium }],
  webServer: {
    command: `${prepared ? "node scripts/build-if-stale.mjs" : createAccountsCommand()} && node --enable-source-maps dist/server/start.js`,
    url: `${baseURL}/api/health`,
    timeout: Number(process.env.KURS_E2E_SERVER_TIMEOUT ?? 120_000),
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      KURS_DATA_DIR: process.env.KURS_E2E_DATA_DIR,
      LOG_LEVEL: "warn",
      ...createAccountsEnv(),
    },
  },
});
