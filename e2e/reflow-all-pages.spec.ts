import { test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { adminPages, detailPages, editorPages, officePages } from "./office-pages";
import { KursPage } from "./pages/KursPage";
import { signInWithSecondFactor } from "./pages/secondFactor";
import { signInThroughApi, sweepPages } from "./pages/sweep";

/**
 * Every page the coordinator and the admin open, signed in once per role (one browser context
 * each): axe at 320 px and no horizontal scrolling at 320 and 390 px (e2e/pages/sweep.ts). The
 * partner's and the committee's sweeps are in reflow-readers.spec.ts (a group of their own in
 * e2e/run.ts, so that the sweeps share the two lanes), signed out in accessibility.spec.ts.
 */
test.describe("Jede Seite ab 320 px", () => {
  // Every committee and meeting page too: the coordinator sweep took 4.6 min on a shared machine.
  test.setTimeout(600_000);

  test("office pages as coordinator", async ({ page }) => {
    const kurs = new KursPage(page);
    await signInThroughApi(page, e2eAccounts.coordinator);
    const paths = [...officePages, ...editorPages, ...(await detailPages(page))];
    await sweepPages(page, paths, (p) => kurs.open(p));
  });

  test("office pages as admin (with second factor)", async ({ page }) => {
    await signInWithSecondFactor(page, e2eAccounts.auditor);
    const kurs = new KursPage(page);
    await sweepPages(page, [...adminPages, "/konto", "/"], (p) => kurs.open(p));
  });
});
