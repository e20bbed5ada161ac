import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";

const pages = [
  "/",
  "/konzept",
  "/massnahmen",
  "/haushalt",
  "/kennzahlen",
  "/gremien",
  "/gremien/beschluesse",
  "/berichte",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
];

for (const lang of ["de", "en"] as const) {
  for (const path of pages) {
    test(`axe: no WCAG 2.1 AA violations on ${path} (${lang})`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const csp: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") csp.push(m.text());
      });
      try {
        await new KursPage(page).open(`${path}?lang=${lang}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("footer")).toContainText("PGlite");
        const result = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const summary = result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
        );
        expect(result.passes.length, "axe ran its checks").toBeGreaterThan(10);
        expect(summary).toEqual([]);
        expect(csp, "no console errors (CSP violations show up here)").toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}
