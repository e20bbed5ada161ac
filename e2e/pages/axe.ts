import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A/AA findings of axe on the page as it is, one line per rule with its elements.
 *
 * Legacy mode runs `axe.run` in the page itself. The default mode runs `axe.runPartial` in each
 * frame and then opens a blank page in the context for `axe.finishRun`, injecting axe there a
 * second time: about half of every run's time (measured 2026-12-06: 5.7–12.6 s → 3.3–7.1 s per
 * page under load, the same findings). Kurs pages have no iframes, so nothing is left unchecked.
 * (`resultTypes: ["violations"]` would save a little more, but changed a finding on /haushalt.)
 */
export async function axeFindings(page: Page): Promise<{ findings: string[]; passes: number }> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(true)
    .analyze();
  return {
    findings: result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    ),
    passes: result.passes.length,
  };
}

/** WCAG 2.1 A/AA through axe: no violations, listed by rule and element when there are. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { findings, passes } = await axeFindings(page);
  expect(passes, "axe ran its checks").toBeGreaterThan(10);
  expect(findings).toEqual([]);
}

/** Saves docs/screenshots/NAME.png when KURS_SCREENSHOTS=1 (as e2e/screenshots.spec.ts does). */
export async function screenshotForDocs(page: Page, name: string): Promise<void> {
  if (!process.env.KURS_SCREENSHOTS) return;
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}
