import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { sweepPages } from "./pages/sweep";
import { publicSitePages } from "./public-pages";

/** The public site: every page in every language, without signing in. */
const languages = [
  { code: "de", dir: "ltr" },
  { code: "de-x-ls", dir: "ltr" },
  { code: "en", dir: "ltr" },
  { code: "uk", dir: "ltr" },
  { code: "ar", dir: "rtl" },
  { code: "tr", dir: "ltr" },
  { code: "fa", dir: "rtl" },
] as const;
const pages = publicSitePages;

test.beforeAll(async ({ playwright, baseURL }) => {
  // The office publishes one measure with an Arabic translation (through the API, as staff).
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? "" },
  });
  const { email, password } = e2eAccounts.coordinator;
  expect((await api.post("/api/v1/auth/login", { data: { email, password } })).status()).toBe(200);
  const options = await (await api.get("/api/v1/measures/options")).json();
  const existing = await (await api.get("/api/v1/measures?q=Elterncafé")).json();
  if (existing.total === 0) {
    const created = await api.post("/api/v1/measures", {
      data: {
        title: "Elterncafé mit Sprachförderung",
        description:
          "Eltern treffen sich wöchentlich, sprechen Deutsch und lernen die Kita kennen.",
        measureTypeId: options.measureTypes[0].id,
        recommendationIds: [options.actionFields[0].goals[0].recommendations[0].id],
        municipalityIds: [options.municipalities[0].id, options.municipalities[1].id],
        startOn: "2025-01-15",
        internalNote: "nur intern",
        isPublic: true,
        translations: [
          { lang: "ar", title: "مقهى الآباء مع دعم اللغة", description: "يلتقي الآباء أسبوعيًا." },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();
});

// Under load (shared CI cores) one page with axe can take a while: generous, not timed.
test.describe.configure({ timeout: 120_000 });

/**
 * Each language: every page answers, sets lang and dir, has one h1; axe at 320 px and no
 * horizontal scrolling at 320 and 390 px (e2e/pages/sweep.ts: axe once per page and language).
 */
for (const lang of languages) {
  test(`public site ${lang.code}: every page sets lang/dir, no axe violations, reflows at 320 px`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await sweepPages(
      page,
      pages.map((p) => `/oeffentlich/${lang.code}${p}`),
      async (path) => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("html"), path).toHaveAttribute("lang", lang.code);
        await expect(page.locator("html"), path).toHaveAttribute("dir", lang.dir);
        await expect(page.locator("h1"), path).toHaveCount(1);
      },
    );
  });
}

test("Arabic and Farsi render right to left", async ({ page }) => {
  for (const code of ["ar", "fa"]) {
    await page.goto(`/oeffentlich/${code}/massnahmen`);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    const h1 = await page.locator("h1").boundingBox();
    const viewport = page.viewportSize();
    // Right-aligned: the heading's right edge sits near the right of the page.
    expect((h1?.x ?? 0) + (h1?.width ?? 0)).toBeGreaterThan((viewport?.width ?? 0) / 2);
  }
  await page.goto("/oeffentlich/ar/massnahmen");
  await expect(page.getByRole("heading", { name: "مقهى الآباء مع دعم اللغة" })).toBeVisible();
  await page.goto("/oeffentlich/fa/massnahmen");
  // Every published measure without a Farsi text carries the note (other specs publish more).
  await expect(page.getByText("این متن هنوز به زبان شما موجود نیست").first()).toBeVisible();
});

/**
 * Tabs through the page until focus comes back around (at most 200 Tabs); returns how many
 * elements got focus before that. The page records each focus itself (focusin), so a Tab costs
 * one round trip to the browser, not two: `expected` Tabs and one more at once, then a few more
 * until focus is back on an element it had.
 */
async function tabWalk(page: Page, expected: number): Promise<number> {
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const walk: Element[] = [];
    (window as unknown as { kursWalk: Element[] }).kursWalk = walk;
    document.addEventListener("focusin", (e) => walk.push(e.target as Element), true);
  });
  const reachedBeforeRepeat = () =>
    page.evaluate(() => {
      const walk = (window as unknown as { kursWalk: Element[] }).kursWalk;
      const repeat = walk.findIndex((el, i) => walk.indexOf(el) < i);
      return { repeat, length: new Set(walk).size };
    });
  let pressed = 0;
  for (let batch = expected + 1; pressed < 200; batch = 3) {
    for (let i = 0; i < batch && pressed < 200; i++, pressed++) await page.keyboard.press("Tab");
    const { repeat, length } = await reachedBeforeRepeat();
    if (repeat >= 0) return repeat;
    if (pressed >= 200) return length;
  }
  return (await reachedBeforeRepeat()).length;
}

test("a keyboard-only walk reaches every link and control, the skip link first", async ({
  page,
}) => {
  test.setTimeout(900_000);
  for (const url of [
    ...pages.map((p) => `/oeffentlich/de${p}`),
    "/oeffentlich/ar",
    "/oeffentlich/fa/geld",
  ]) {
    await page.goto(url);
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus"), url).toHaveClass("skip-link");
    const all = await page
      .locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')
      .count();
    expect(await tabWalk(page, all), url).toBe(all);
  }
  // The skip link moves focus to the main content.
  await page.goto("/oeffentlich/de");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("works without JavaScript and sets no cookie", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/oeffentlich/de-x-ls");
  await expect(page.locator("h1")).toBeVisible();
  await page.getByRole("link", { name: "Maßnahmen" }).first().click();
  await expect(page.getByRole("heading", { name: "Elterncafé mit Sprachförderung" })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test("screenshots of the start page (de, ar, de-x-ls; phone and desktop)", async ({ page }) => {
  test.skip(!process.env.KURS_SCREENSHOTS, "only with KURS_SCREENSHOTS=1");
  test.setTimeout(600_000);
  for (const code of ["de", "ar", "de-x-ls"]) {
    for (const [name, size] of [
      ["phone", { width: 390, height: 844 }],
      ["desktop", { width: 1280, height: 900 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/oeffentlich/${code}`);
      await page.screenshot({
        path: `docs/screenshots/public-start-${code}-${name}.png`,
        fullPage: true,
      });
    }
  }
});
