import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3341";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const width of [390, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/anmelden`, { waitUntil: "networkidle" });
  await page.locator("main h1").waitFor();
  await page.screenshot({ path: `/tmp/bw-login-${width}.png` });
  await page.getByLabel(/E-Mail/i).fill("bench-koordinierung@example.org");
  await page.getByLabel(/Passwort/i).first().fill("Integrationskonzept-messen-im-Kreishaus-2026");
  await page.getByRole("button", { name: /Anmelden/ }).last().click();
  await page.waitForURL((u) => !u.pathname.startsWith("/anmelden"), { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `/tmp/bw-after-login-${width}.png` });
  console.log(width, page.url());
  await context.close();
}
await browser.close();
