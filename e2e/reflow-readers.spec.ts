import { test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { detailPages, officePages } from "./office-pages";
import { KursPage } from "./pages/KursPage";
import { signInThroughApi, sweepPages } from "./pages/sweep";

/**
 * Every page the partner and the committee member open, signed in once per role: axe at 320 px
 * and no horizontal scrolling at 320 and 390 px (e2e/pages/sweep.ts). The coordinator's and the
 * admin's sweeps are in reflow-all-pages.spec.ts.
 */
test.describe("Jede Seite ab 320 px", () => {
  test.setTimeout(600_000);

  for (const role of ["partner", "committee"] as const) {
    test(`office pages as ${role}`, async ({ page }) => {
      const kurs = new KursPage(page);
      await signInThroughApi(page, e2eAccounts[role]);
      await sweepPages(page, [...officePages, ...(await detailPages(page))], (p) => kurs.open(p));
    });
  }
});
