import { test } from "@playwright/test";
import { periodsOfYear } from "../src/domain/indicator";
import { e2eAccounts } from "./auth-accounts";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";
import { signInWithSecondFactor } from "./pages/secondFactor";

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
  { name: "gremien", path: "/gremien", lang: "de" },
  { name: "gremien-beschluesse", path: "/gremien/beschluesse", lang: "de" },
  { name: "gremien-beschluesse-390px", path: "/gremien/beschluesse", lang: "de", width: 390 },
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

test("screenshots of the Kennzahlen overview with adopted indicators and approved values", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await signInAsCoordinator(page);
    const kurs = new KursPage(page);
    const headers = { origin: new URL(page.url()).origin };
    type Item = { id: string; isProposal: boolean; periodicity: "year" | "quarter" | "month" };
    const list = (await (await page.request.get("/api/v1/indicators")).json()) as {
      items: Item[];
    };
    const year = new Date().getUTCFullYear();
    // As the office does: adopt two proposals on their page, set a target, enter and approve.
    for (const [n, item] of list.items
      .filter((i) => i.isProposal)
      .slice(0, 2)
      .entries()) {
      await kurs.open(`/kennzahlen/${item.id}?lang=de`);
      await page.getByRole("button", { name: "Kennzahl übernehmen" }).click();
      await page.getByText("Die Kennzahl ist übernommen").waitFor();
      const target = await page.request.put(`/api/v1/indicators/${item.id}/targets`, {
        data: { targets: [{ year, value: 100 }] },
        headers,
      });
      if (!target.ok()) throw new Error(await target.text());
      const periods = periodsOfYear(item.periodicity, year);
      const ids: string[] = [];
      for (const period of periods) {
        const entered = await page.request.post(`/api/v1/indicators/${item.id}/values`, {
          data: { period, value: Math.round((n === 0 ? 110 : 60) / periods.length) },
          headers,
        });
        if (!entered.ok()) throw new Error(await entered.text());
        const values = ((await entered.json()) as { values: { id: string; period: string }[] })
          .values;
        ids.push(...values.filter((v) => v.period === period).map((v) => v.id));
      }
      const approved = await page.request.post(`/api/v1/indicators/${item.id}/values/approve`, {
        data: { valueIds: [...new Set(ids)] },
        headers,
      });
      if (!approved.ok()) throw new Error(await approved.text());
    }
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await kurs.open("/kennzahlen?lang=de");
      await page.locator("img.kurs-indicator-chart").waitFor();
      await page.waitForFunction(() =>
        [...document.images].every((img) => img.complete && img.naturalWidth > 0),
      );
      const name = width === 1280 ? "kennzahlen" : "kennzahlen-390px";
      await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
    }
  } finally {
    await context.close();
  }
});

test("screenshots of a committee and a meeting page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const kurs = new KursPage(page);
    await kurs.open("/gremien?lang=de");
    await page.getByRole("link", { name: /Sitzung des Kreisausschusses/ }).click();
    await page.getByTestId("resolutions").waitFor();
    await page.screenshot({ path: "docs/screenshots/gremien-sitzung.png", fullPage: true });
    await page.getByRole("link", { name: "Kreisausschuss" }).first().click();
    await page.getByTestId("committee-meetings").waitFor();
    await page.screenshot({ path: "docs/screenshots/gremien-gremium.png", fullPage: true });
  } finally {
    await context.close();
  }
});

test("screenshots of the county's settings, the OParl sync and the reports page, 390 and 1280 px", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const both = async (path: string, ready: string | RegExp, name: string) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${path}?lang=de`);
      await page.getByRole("heading", { level: 1, name: ready }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      const file = width === 1280 ? name : `${name}-390px`;
      await page.screenshot({ path: `docs/screenshots/${file}.png`, fullPage: true });
    }
  };
  try {
    await signInWithSecondFactor(page, e2eAccounts.admin);
    await both("/landkreis", "Landkreis", "landkreis");
    await both("/landkreis/oparl", /^Abgleich mit dem Rats/, "landkreis-oparl");
    await both("/berichte", "Berichte", "berichte-fristen");
  } finally {
    await context.close();
  }
});

// Last: it starts a concept draft and drafts its paper, which the pages above must not show.
test("screenshots of a concept draft's paper section and the paper it drafts, 390 and 1280 px", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await signInAsCoordinator(page);
    await page.goto("/konzept?lang=de");
    await page.getByRole("button", { name: "Neuen Entwurf anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Konzeptversion" }).waitFor();
    const section = page.getByTestId("data-paper-conceptDraft-form");
    await section.waitFor();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => document.fonts.ready);
      await section.scrollIntoViewIfNeeded();
      const file = width === 1280 ? "konzept-entwurf-vorlage" : "konzept-entwurf-vorlage-390px";
      await page.screenshot({ path: `docs/screenshots/${file}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await section.getByRole("button").click();
    await page.waitForURL(/\/gremien\/vorlagen\//);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: "docs/screenshots/vorlage-aus-entwurf.png", fullPage: true });
  } finally {
    await context.close();
  }
});
