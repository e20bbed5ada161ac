import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { startTestProvider, type TestProvider } from "../src/testing/oidc-provider";

/**
 * Sign-in through the county's identity provider in Chromium: a real OpenID provider
 * (oidc-provider) on loopback and a second Kurs server configured for it (KURS_OIDC_*), on its
 * own fresh data directory and the port after the shared server's.
 */
const port = Number(process.env.KURS_E2E_PORT ?? 3107) + 1;
const base = `http://127.0.0.1:${port}`;

let idp: TestProvider;
let server: ChildProcess | null = null;
let dataDir = "";

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  idp = await startTestProvider({
    clients: [
      {
        client_id: "kurs",
        client_secret: "kurs-e2e-geheim",
        redirect_uris: [`${base}/api/v1/auth/oidc/callback`],
        post_logout_redirect_uris: [`${base}/`],
      },
    ],
    accounts: {
      "k.koordination": {
        email: "kim.koordination@landkreis.example",
        name: "Kim Koordination",
        groups: ["kurs-koordination"],
      },
      "n.niemand": { email: "nora@landkreis.example", name: "Nora Niemand", groups: ["alle"] },
    },
  });
  dataDir = mkdtempSync(join(tmpdir(), "kurs-e2e-oidc-"));
  server = spawn("node", ["--enable-source-maps", "dist/server/start.js"], {
    // The compiled server (e2e/run.ts builds dist/ first), in its own process group.
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      KURS_DATA_DIR: dataDir,
      KURS_BACKUP_INTERVAL_HOURS: "0",
      KURS_OIDC_ISSUER: idp.issuer,
      KURS_OIDC_CLIENT_ID: "kurs",
      KURS_OIDC_CLIENT_SECRET: "kurs-e2e-geheim",
      KURS_PUBLIC_URL: base,
      KURS_OIDC_ROLE_MAP: "kurs-admin=admin,kurs-koordination=coordinator",
    },
  });
  const deadline = Date.now() + 200_000;
  for (;;) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("Kurs with OIDC did not start");
    await new Promise((done) => setTimeout(done, 500));
  }
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((done) => setTimeout(done, 1000));
  await idp?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("signs in with the county account through the provider's login page", async ({ page }) => {
  await page.goto(`${base}/anmelden?next=%2Fkonto`);
  const button = page.getByRole("link", { name: "Mit Landkreis-Konto anmelden" });
  await expect(button).toBeVisible();
  await button.click();
  // The provider's own login page (oidc-provider's development interaction).
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill("k.koordination");
  await page.locator('input[name="password"]').fill("beliebig");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(`${base}/konto`);
  await expect(page.getByText("kim.koordination@landkreis.example").first()).toBeVisible();
  const me = await page.request.get(`${base}/api/v1/auth/me`);
  expect(await me.json()).toMatchObject({
    user: { email: "kim.koordination@landkreis.example", role: "coordinator" },
  });
});

test("a person in no Kurs group sees a clear refusal page", async ({ page }) => {
  await page.goto(`${base}/anmelden`);
  await page.getByRole("link", { name: "Mit Landkreis-Konto anmelden" }).click();
  await page.locator('input[name="login"]').fill("n.niemand");
  await page.locator('input[name="password"]').fill("beliebig");
  await page.locator('button[type="submit"]').click();
  await expect(page.getByRole("heading", { name: "Anmeldung nicht möglich" })).toBeVisible();
  await expect(page.getByText("keiner Kurs-Gruppe zugeordnet")).toBeVisible();
  const me = await page.request.get(`${base}/api/v1/auth/me`);
  expect((await me.json()).user).toBe(null);
});
