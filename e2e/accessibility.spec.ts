import { expect, test } from "@playwright/test";
import { officePages } from "./office-pages";
import { KursPage } from "./pages/KursPage";
import { sweepPages } from "./pages/sweep";

/**
 * Every office page signed out, in German and English: axe (WCAG 2.1 AA) and reflow at 320 and
 * 390 px (e2e/pages/sweep.ts), the page's language set, no console errors (CSP violations show up
 * there). The roles' sweeps are in reflow-*.spec.ts, the public site's in public-site.spec.ts.
 */
for (const lang of ["de", "en"] as const) {
  test(`office pages signed out (${lang}): axe, reflow, language, no console errors`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const kurs = new KursPage(page);
    await sweepPages(
      page,
      officePages,
      async (path) => {
        await kurs.open(`${path}?lang=${lang}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("footer")).toContainText("PGlite");
      },
      { consoleErrors: true },
    );
  });
}
