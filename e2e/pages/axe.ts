import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A/AA through axe: no violations, listed by rule and element when there are. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(result.passes.length, "axe ran its checks").toBeGreaterThan(10);
  expect(summary).toEqual([]);
}

/** Saves docs/screenshots/NAME.png when KURS_SCREENSHOTS=1 (as e2e/screenshots.spec.ts does). */
export async function screenshotForDocs(page: Page, name: string): Promise<void> {
  if (!process.env.KURS_SCREENSHOTS) return;
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}
