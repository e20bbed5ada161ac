import { expect, type Page } from "@playwright/test";
import { axeFindings } from "./axe";

/**
 * The page sweep: every page once per state (role, language), each checked at the widths of
 * WCAG 1.4.10 — at 320 CSS px (1280 px at 400 % zoom) and 390 px nothing may need horizontal page
 * scrolling (wide tables scroll inside their own labelled region) — and by axe (WCAG 2.1 A/AA) at
 * 320 px, where the wide tables scroll inside their regions. axe runs once per page and state: the
 * DOM is the same at every width (Kurs has no width-dependent markup and hides nothing by width),
 * so it does not run again at 1280 px or per width. Every finding of every page is listed at once.
 */
export const sweepWidths = [320, 390] as const;

/** How far the page is wider than the viewport at `width` (0 or less: no horizontal scrolling). */
async function overflowAt(page: Page, width: number): Promise<number> {
  if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 800 });
  // One animation frame: resize handlers have run; scrollWidth then lays the page out itself.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          resolve(document.documentElement.scrollWidth - window.innerWidth),
        ),
      ),
  );
}

/**
 * Opens each path (with `open`, which may check more, e.g. the language) at the narrowest width,
 * runs axe there, then widens the page (one layout change per width, none back). With
 * `consoleErrors` every console error is a finding too (CSP violations show up there), but a 401.
 */
export async function sweepPages(
  page: Page,
  paths: string[],
  open: (path: string) => Promise<void>,
  options: { consoleErrors?: boolean } = {},
): Promise<void> {
  const findings: string[] = [];
  let current = "";
  const onConsole = (m: { type(): string; text(): string }) => {
    // A 401 is the server's answer to a signed-out visitor on a staff page (/kapazitaet asks
    // for the capacity, the page then says to sign in): not an error of the page.
    if (m.type() === "error" && !m.text().includes("status of 401 (Unauthorized)"))
      findings.push(`${current}: console error ${m.text()}`);
  };
  if (options.consoleErrors) page.on("console", onConsole);
  try {
    for (const path of paths) {
      current = path;
      if (page.viewportSize()?.width !== sweepWidths[0])
        await page.setViewportSize({ width: sweepWidths[0], height: 800 });
      const started = Date.now();
      await open(path);
      const opened = Date.now();
      for (const width of sweepWidths) {
        const overflow = await overflowAt(page, width);
        if (overflow > 0) findings.push(`${path} at ${width} px: ${overflow} px too wide`);
        if (width !== sweepWidths[0]) continue;
        const axe = await axeFindings(page);
        if (axe.passes <= 10) findings.push(`${path}: axe ran only ${axe.passes} checks`);
        for (const finding of axe.findings) findings.push(`${path}: axe ${finding}`);
      }
      // KURS_E2E_SWEEP_TIMES=1: where a sweep's time goes, page by page.
      if (process.env.KURS_E2E_SWEEP_TIMES)
        console.log(
          `[sweep] ${path}: open ${opened - started} ms, checks ${Date.now() - opened} ms`,
        );
    }
  } finally {
    page.off("console", onConsole);
  }
  expect(findings).toEqual([]);
}

/** Signs in through the API (the sweeps check pages, not the sign-in form); the page's context keeps the session. */
export async function signInThroughApi(
  page: Page,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto("/");
  const login = await page.request.post("/api/v1/auth/login", {
    data: { email: account.email, password: account.password },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(login.ok(), await login.text()).toBe(true);
}
