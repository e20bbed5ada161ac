import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

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
const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const r = await lighthouse(`${base}${path}`, {
  port: chrome.port,
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance"],
  extraHeaders: { cookie },
});
await chrome.kill();
const lhr = r!.lhr;
writeFileSync("/tmp/bw-lhr.json", JSON.stringify(lhr));
const a = lhr.audits;
console.log(
  "perf",
  lhr.categories.performance?.score,
  [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
  ]
    .map((k) => `${k} ${a[k]?.displayValue}`)
    .join(", "),
);
for (const id of [
  "layout-shifts",
  "largest-contentful-paint-element",
  "render-blocking-resources",
  "bootup-time",
  "mainthread-work-breakdown",
  "long-tasks",
  "network-requests",
  "critical-request-chains",
]) {
  const d = a[id]?.details as any;
  console.log("==", id, a[id]?.displayValue ?? "");
  if (d?.items)
    console.log(
      JSON.stringify(
        d.items.slice(0, 12).map((i: any) => {
          const o: any = {};
          for (const [k, v] of Object.entries(i))
            o[k] = typeof v === "object" ? JSON.stringify(v).slice(0, 200) : v;
          return o;
        }),
        null,
        0,
      ).slice(0, 3000),
    );
}
