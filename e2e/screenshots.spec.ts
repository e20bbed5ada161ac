import { test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";

// Refreshes docs/screenshots/ only on request: KURS_SCREENSHOTS=1 npm run test:e2e -- screenshots
test.skip(!process.env.KURS_SCREENSHOTS, "set KURS_SCREENSHOTS=1 to refresh docs/screenshots");

const shots: { name: string; path: string; lang: "de" | "en"; width?: number }[] = [
  { name: "uebersicht", path: "/", lang: "de" },
  { name: "uebersicht-en", path: "/", lang: "en" },
  { name: "uebersicht-320px", path: "/", lang: "de", width: 320 },
  { name: "konzept", path: "/konzept", lang: "de" },
  { name: "konzept-en", path: "/konzept", lang: "en" },
  { name: "konzept-320px", path: "/konzept", lang: "de", width: 320 },
  { name: "massnahmen", path: "/massnahmen", lang: "de" },
  { name: "haushalt", path: "/haushalt", lang: "de" },
  { name: "kennzahlen", path: "/kennzahlen", lang: "de" },
  { name: "gremien", path: "/gremien", lang: "de" },
  { name: "berichte", path: "/berichte", lang: "de" },
  { name: "impressum", path: "/impressum", lang: "de" },
  { name: "datenschutz", path: "/datenschutz", lang: "de" },
  { name: "barrierefreiheit", path: "/barrierefreiheit", lang: "de" },
];

for (const shot of shots) {
  test(`screenshot ${shot.name}`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: shot.width ?? 1280, height: 800 },
    });
    const page = await context.newPage();
    try {
      await new KursPage(page).open(`${shot.path}?lang=${shot.lang}`);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `docs/screenshots/${shot.name}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
}
