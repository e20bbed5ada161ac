import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { KursPage } from "./pages/KursPage";
import { signInWithSecondFactor } from "./pages/secondFactor";
import { publicSitePages } from "./public-pages";

/**
 * WCAG 1.4.10 on every page: at 320 and 390 CSS px nothing needs horizontal page scrolling
 * (wide tables scroll inside their own labelled region), for every role and on the public site;
 * axe finds nothing at 320 px. Every finding of every page is listed at once.
 */
const widths = [320, 390] as const;

const publicPages = publicSitePages;

const officePages = [
  "/",
  "/konzept",
  "/massnahmen",
  "/massnahmen/zeitleiste",
  "/massnahmen/gemeinden",
  "/partner",
  "/kapazitaet",
  "/haushalt",
  "/kennzahlen",
  "/gremien",
  "/gremien/beschluesse",
  "/berichte",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/konto",
  "/aufgaben",
];
const editorPages = [
  "/massnahmen/neu",
  "/partner/neu",
  "/kennzahlen/verwalten",
  "/kennzahlen/neu",
  "/kennzahlen/erfassungslinks",
  "/kennzahlen/import",
];
const adminPages = ["/konten", "/protokoll"];

/** Detail pages: the first measure, fund, indicator and paper the lists link to. */
async function detailPages(page: Page): Promise<string[]> {
  const get = async <T>(path: string) => (await (await page.request.get(path)).json()) as T;
  const measures = await get<{ items: { id: string }[] }>("/api/v1/measures?pageSize=1");
  const funds = await get<{ items: { id: string }[] }>("/api/v1/funds");
  const indicators = await get<{ items: { id: string }[] }>("/api/v1/indicators");
  const council = await get<{
    papers: { id: string }[];
    committees: { id: string }[];
    meetings: { id: string }[];
  }>("/api/v1/council");
  return [
    measures.items[0] && `/massnahmen/${measures.items[0].id}`,
    funds.items[0] && `/haushalt/${funds.items[0].id}`,
    indicators.items[0] && `/kennzahlen/${indicators.items[0].id}`,
    council.papers[0] && `/gremien/vorlagen/${council.papers[0].id}`,
    ...council.committees.map((c) => `/gremien/gremium/${c.id}`),
    ...council.meetings.map((m) => `/gremien/sitzungen/${m.id}`),
  ].filter((p): p is string => Boolean(p));
}

async function overflowAt(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 800 });
  await page.waitForTimeout(50);
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function checkPages(page: Page, paths: string[], open: (p: string) => Promise<void>) {
  const wide: string[] = [];
  for (const path of paths) {
    // Opened at the narrowest width; axe runs there, before the page is widened (one layout
    // change per width, none back).
    await page.setViewportSize({ width: widths[0], height: 800 });
    await open(path);
    for (const width of widths) {
      const overflow = await overflowAt(page, width);
      if (overflow > 0) wide.push(`${path} at ${width} px: ${overflow} px too wide`);
      if (width !== widths[0]) continue;
      const axe = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      for (const v of axe.violations)
        wide.push(`${path}: axe ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    }
  }
  expect(wide).toEqual([]);
}

test.describe("Jede Seite ab 320 px", () => {
  // Every committee and meeting page too: the coordinator sweep took 4.6 min on a shared machine.
  test.setTimeout(600_000);

  test("public site, every page, German and Arabic", async ({ page }) => {
    for (const lang of ["de", "ar"]) {
      await checkPages(
        page,
        publicPages.map((p) => `/oeffentlich/${lang}${p}`),
        async (p) => {
          await page.goto(p);
        },
      );
    }
  });

  test("office pages signed out", async ({ page }) => {
    const kurs = new KursPage(page);
    await checkPages(page, officePages, (p) => kurs.open(p));
  });

  for (const role of ["coordinator", "partner", "committee"] as const) {
    test(`office pages as ${role}`, async ({ page }) => {
      const kurs = new KursPage(page);
      await kurs.open("/");
      const account = e2eAccounts[role];
      const login = await page.request.post("/api/v1/auth/login", {
        data: { email: account.email, password: account.password },
        headers: { origin: new URL(page.url()).origin },
      });
      expect(login.ok()).toBe(true);
      const paths = [
        ...officePages,
        ...(role === "coordinator" ? editorPages : []),
        ...(await detailPages(page)),
      ];
      await checkPages(page, paths, (p) => kurs.open(p));
    });
  }

  test("office pages as admin (with second factor)", async ({ page }) => {
    await signInWithSecondFactor(page, e2eAccounts.auditor);
    const kurs = new KursPage(page);
    await checkPages(page, [...adminPages, "/konto", "/"], (p) => kurs.open(p));
  });
});
