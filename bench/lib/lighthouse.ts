import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/**
 * Lighthouse 12.2.3 in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; never a
 * downloaded browser), default settings: mobile, simulated slow 4G and CPU throttling.
 */
export const chromiumPath = () => process.env.CHROME_PATH || "/usr/bin/chromium";

const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** `extraHeaders`: sent with every request, e.g. a session cookie for the signed-in pages. */
export async function audit(
  url: string,
  chromePath: string,
  extraHeaders?: Record<string, string>,
) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    const fcpError = lhr.audits["first-contentful-paint"]?.errorMessage;
    if (lhr.runtimeError || fcpError)
      throw new Error(`Lighthouse could not measure: ${lhr.runtimeError?.message ?? fcpError}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => Math.round(Number(lhr.audits[id]?.numericValue ?? 0));
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    // What Lighthouse would win: opportunities with their estimated savings.
    const opportunities = Object.values(lhr.audits)
      .filter((a) => a.details?.type === "opportunity" && a.score !== null && a.score < 1)
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      fcp: ms("first-contentful-paint"),
      lcp: ms("largest-contentful-paint"),
      tbt: ms("total-blocking-time"),
      cls: Number(lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0),
      bytes: Math.round(Number(lhr.audits["total-byte-weight"]?.numericValue ?? 0)),
      failed,
      opportunities,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Lighthouse sometimes fails to record the trace on a loaded machine (NO_NAVSTART, "Please run
 * Lighthouse again"); such a run measured nothing, so it is repeated once. Other errors fail.
 */
export async function auditWithRetry(
  url: string,
  chromePath: string,
  log: (line: string) => void,
  extraHeaders?: Record<string, string>,
) {
  try {
    return await audit(url, chromePath, extraHeaders);
  } catch (error) {
    if (!/NO_NAVSTART|run Lighthouse again/i.test((error as Error).message)) throw error;
    log(`Lighthouse could not record the trace (${(error as Error).message}); repeating the run`);
    return audit(url, chromePath, extraHeaders);
  }
}
