/**
 * Web delivery of the office UI (issue 25), on the compiled server (`npm start`'s
 * dist/server/start.js and dist/web) with the seeded Rotenburg data, signed in as a coordinator:
 *
 * - initial JS: the entry script and every script index.html preloads (modulepreload), gzip
 *   bytes as built (dist/web/…js.gz); beside it the gzip bytes of every script the browser
 *   actually loads for the office overview;
 * - bytes over the wire for the office overview with a cold cache: Debian's Chromium through
 *   Playwright, CDP `Network.loadingFinished` encodedDataLength summed over all requests;
 * - Lighthouse performance (mobile defaults) on the office overview and on a measure page,
 *   3 runs each, with the session cookie as an extra header.
 *
 * Run alone: npm run bench -- --scenario web-delivery --no-write
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { stopServer } from "../../src/testing/durability/server-process";
import { benchCoordinator, prepareKurs, repoRoot, signIn, startCompiled } from "../lib/compiled";
import { auditWithRetry, chromiumPath } from "../lib/lighthouse";
import type { Scenario, ScenarioRow } from "../scenario";

const runs = 3;
const web = join(repoRoot, "dist", "web");
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Bytes of a built file as sent gzip-compressed (the .gz the build wrote, else gzip -9). */
function gzipBytes(path: string): number {
  const file = join(web, path.replace(/^\//, ""));
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The scripts index.html loads before anything runs: the entry and its modulepreloads. */
export function initialScripts(html: string): string[] {
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1],
  );
  return [...new Set([...entry, ...preloads].filter((p): p is string => Boolean(p)))];
}

const stylesheets = (html: string) =>
  [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((p): p is string => Boolean(p));

interface Transfer {
  url: string;
  type: string;
  encoding: string;
  bytes: number;
}

/** Loads `url` in a fresh browser context (cold cache) with the session; every response's bytes. */
async function coldLoad(base: string, path: string, cookie: string): Promise<Transfer[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name ?? "", value: value.join("="), url: base }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const seen = new Map<string, Omit<Transfer, "bytes">>();
    const transfers: Transfer[] = [];
    const inFlight = new Set<string>();
    let lastActivity = Date.now();
    cdp.on("Network.requestWillBeSent", (e) => {
      if (e.request.url.startsWith("data:")) return;
      inFlight.add(e.requestId);
      lastActivity = Date.now();
    });
    cdp.on("Network.responseReceived", (e) => {
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      seen.set(e.requestId, {
        url: e.response.url,
        type: e.type,
        encoding: headers["content-encoding"] ?? "",
      });
    });
    cdp.on("Network.loadingFinished", (e) => {
      inFlight.delete(e.requestId);
      lastActivity = Date.now();
      const r = seen.get(e.requestId);
      if (!r || r.url.startsWith("data:")) return;
      transfers.push({ ...r, bytes: e.encodedDataLength });
    });
    cdp.on("Network.loadingFailed", (e) => {
      inFlight.delete(e.requestId);
      lastActivity = Date.now();
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(`${base}${path}`, { waitUntil: "load", timeout: 120_000 });
    await page.locator("main h1").first().waitFor({ timeout: 60_000 });
    // Done when nothing has been in flight for 2 s (the page's API reads start after its scripts ran).
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < 2_000)) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await cdp.detach();
    await context.close();
    return transfers;
  } finally {
    await browser.close();
  }
}

const scenario: Scenario = {
  name: "web-delivery",
  summary:
    "Web delivery of the office UI on the compiled server (Rotenburg, signed in as a coordinator): initial JS (gzip), bytes over the wire for the office overview with a cold cache, Lighthouse performance (mobile defaults) on the overview and a measure page",
  async run({ log }) {
    const prepared = await prepareKurs(log);
    try {
      const html = readFileSync(join(web, "index.html"), "utf8");
      const scripts = initialScripts(html);
      const initialJs = scripts.reduce((sum, s) => sum + gzipBytes(s), 0);
      const css = stylesheets(html).reduce((sum, s) => sum + gzipBytes(s), 0);
      log(`initial scripts: ${scripts.join(", ")}`);
      const rows: ScenarioRow[] = [
        {
          label: `initial JS: entry + modulepreload in index.html (${scripts.length} files)`,
          metrics: { "gzip KB": kb(initialJs) },
        },
        { label: "stylesheets in index.html", metrics: { "gzip KB": kb(css) } },
      ];

      const { server } = await startCompiled(prepared.dir);
      try {
        const base = server.url;
        const cookie = await signIn(base, benchCoordinator);
        const list = (await (
          await fetch(`${base}/api/v1/measures?pageSize=1`, { headers: { cookie } })
        ).json()) as { items: { id: string }[] };
        const measureId = list.items[0]?.id;
        if (!measureId) throw new Error("no measure in the seeded county");

        const pages = [
          { label: "office overview /", path: "/" },
          { label: `measure page /massnahmen/…`, path: `/massnahmen/${measureId}` },
        ];
        for (const page of pages) {
          const transfers = await coldLoad(base, page.path, cookie);
          const sum = (filter: (t: Transfer) => boolean) =>
            transfers.filter(filter).reduce((s, t) => s + t.bytes, 0);
          const ownScripts = transfers.filter(
            (t) => t.type === "Script" && t.url.startsWith(`${base}/assets/`),
          );
          const scriptGzip = ownScripts.reduce((s, t) => s + gzipBytes(new URL(t.url).pathname), 0);
          const plain = transfers.filter(
            (t) => t.bytes > 2048 && !t.encoding && /Script|Stylesheet|Document|Fetch/.test(t.type),
          );
          for (const t of plain) log(`sent without compression: ${t.type} ${t.url} ${t.bytes} B`);
          log(
            `${page.label}: ${transfers.length} requests, ${transfers
              .map(
                (t) =>
                  `${t.type} ${new URL(t.url).pathname} ${t.bytes}${t.encoding ? ` ${t.encoding}` : ""}`,
              )
              .join("; ")}`,
          );
          rows.push({
            label: `over the wire, cold cache, ${page.label} (Chromium, CDP encodedDataLength)`,
            metrics: {
              requests: transfers.length,
              "total KB": kb(sum(() => true)),
              "script KB": kb(sum((t) => t.type === "Script")),
              "CSS KB": kb(sum((t) => t.type === "Stylesheet")),
              "font KB": kb(sum((t) => t.type === "Font")),
              // The API reads, also those index.html preloads (CDP type "Other").
              "API KB": kb(sum((t) => new URL(t.url).pathname.startsWith("/api/"))),
              "scripts loaded, gzip KB": kb(scriptGzip),
            },
          });
        }

        for (const page of pages) {
          for (let i = 1; i <= runs; i++) {
            const r = await auditWithRetry(`${base}${page.path}`, chromiumPath(), log, { cookie });
            log(
              `Lighthouse ${page.label} run ${i}: performance ${r.performance}, FCP ${r.fcp} ms, LCP ${r.lcp} ms, TBT ${r.tbt} ms, CLS ${r.cls.toFixed(3)}${r.opportunities.length ? `; opportunities: ${r.opportunities.join(", ")}` : ""}`,
            );
            rows.push({
              label: `Lighthouse 12.2.3 ${page.label}, run ${i} (mobile, simulated throttling)`,
              metrics: {
                performance: r.performance,
                accessibility: r.accessibility,
                "FCP ms": r.fcp,
                "LCP ms": r.lcp,
                "TBT ms": r.tbt,
                CLS: Number(r.cls.toFixed(3)),
                "total KB": kb(r.bytes),
              },
            });
          }
        }
      } finally {
        await stopServer(server, "SIGTERM", 30_000);
      }
      const overviewWire = rows.find((r) => r.label.includes("over the wire, cold cache, office"));
      return {
        rows,
        ratio: overviewWire
          ? {
              label: "overview bytes over the wire / 400 KB target",
              value: Number(overviewWire.metrics["total KB"]) / 400,
            }
          : undefined,
        notes: [
          "Targets (issue 25): initial JS ≤ 150 KB gzip, overview over the wire ≤ 400 KB cold, Lighthouse performance ≥ 90 on the overview and a measure page (mobile defaults, quiet machine).",
          "KB = 1,024 bytes. Over the wire counts headers and bodies of every request as Chromium received them (brotli where the server sends it); “scripts loaded, gzip” sums the built .gz of every script the page loaded.",
        ].join(" "),
      };
    } finally {
      prepared.cleanup();
    }
  },
};
export default scenario;
