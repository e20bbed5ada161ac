import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3341";
const path = process.argv[3] ?? "/";
const login = await fetch(`${base}/api/v1/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: base },
  body: JSON.stringify({
    email: "bench-koordinierung@example.org",
    password: "Integrationskonzept-messen-im-Kreishaus-2026",
  }),
});
const cookie = login.headers.getSetCookie()[0]?.split(";")[0] ?? "";
const [name, value] = cookie.split("=");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const context = await browser.newContext({
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
});
await context.addCookies([{ name: name!, value: value!, url: base }]);
const page = await context.newPage();
await page.addInitScript(() => {
  (window as any).__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) {
      (window as any).__shifts.push({
        t: Math.round(e.startTime),
        v: e.value.toFixed(4),
        sources: (e.sources ?? []).map((s: any) => ({
          node: s.node
            ? s.node.nodeName +
              "." +
              (s.node.className || "") +
              " " +
              (s.node.textContent || "").slice(0, 40)
            : "?",
          prev: JSON.stringify(s.previousRect),
          cur: JSON.stringify(s.currentRect),
        })),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
});
const reqs: string[] = []; page.on("request", (r) => { if (r.url().includes("/api/")) reqs.push(r.url()); });
await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => (window as any).__shifts), null, 1));
await page.screenshot({ path: "/tmp/bw-shot.png", fullPage: false });
console.log(reqs.join("\n")); await browser.close();
