import { expect, test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";

// WCAG 1.4.10: at 320 CSS px (1280 px at 400 % zoom) nothing may need horizontal scrolling.
for (const path of ["/", "/konzept"]) {
  test(`no horizontal scrolling at 320 px on ${path}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      await new KursPage(page).open(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
}
