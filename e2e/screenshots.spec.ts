import { test } from "@playwright/test";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";

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

test("screenshots of a measure, its partner and the measure form", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    // Signed in: the seed's example measures are not public.
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    await kurs.open("/massnahmen?lang=de");
    await page.getByRole("link", { name: "Wohnortnahe Sprachkurse mit Kinderbetreuung" }).click();
    await page.getByTestId("measure-detail").waitFor();
    await page.screenshot({ path: "docs/screenshots/massnahme.png", fullPage: true });
    await page.getByRole("link", { name: "Volkshochschule (Beispiel)" }).click();
    await page.getByTestId("partner-detail").waitFor();
    await page.screenshot({ path: "docs/screenshots/partner.png", fullPage: true });
    await signInAsCoordinator(page);
    await kurs.open("/massnahmen/neu");
    await page.getByRole("button", { name: "Maßnahme speichern" }).click();
    await page.locator("#recommendationIds-error").waitFor();
    await page.screenshot({ path: "docs/screenshots/massnahme-formular.png", fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await kurs.open("/massnahmen");
    await page.screenshot({ path: "docs/screenshots/massnahmen-320px.png", fullPage: true });
  } finally {
    await context.close();
  }
});
