import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";
import { signInThroughApi } from "./pages/sweep";

// A journey (own server, KURS_TODAY 2024-06-20 in e2e/run.ts, inside the seed's fiscal year, so
// that one programme can be granted and its terms become fixed): the office sets up a grant
// programme through the form, edits it, sees the fixed terms of a granted one, and gives the
// Volkshochschule an application link that is shown once and then revoked.

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await signInThroughApi(page, account);
}

const shots = process.env.KURS_SCREENSHOTS === "1";

/** No sideways scrolling at 320 px (WCAG 1.4.10), a screenshot at 390 and 1280 px when asked. */
async function reflowAndShots(page: Page, name: string) {
  await page.setViewportSize({ width: 320, height: 900 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} at 320 px`).toBeLessThanOrEqual(0);
  if (shots) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `/tmp/grant-programmes-${name}-${width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("Zuwendungen: Förderaufrufe und Antragslinks (office)", () => {
  test.describe.configure({ timeout: 300_000 });

  test("create and edit a programme, fixed terms once granted, a link shown once and revoked", async ({
    page,
  }) => {
    // The browser's day is the server's (KURS_TODAY): a link's state compares its last day with it.
    await page.clock.setFixedTime(new Date("2024-06-20T10:00:00+02:00"));
    await signIn(page, e2eAccounts.coordinator);
    const origin = new URL(page.url()).origin;
    const api = async <T>(method: "GET" | "POST", url: string, data?: object): Promise<T> => {
      const response = await page.request.fetch(`/api/v1${url}`, {
        method,
        data,
        headers: { origin },
      });
      if (!response.ok()) throw new Error(`${method} ${url}: ${await response.text()}`);
      return (await response.json()) as T;
    };
    const kurs = new KursPage(page);
    const title = "Elternkurse in den Samtgemeinden 2024";

    await test.step("the list, reached from the grants page", async () => {
      await kurs.open("/zuwendungen");
      await page.getByRole("link", { name: "Förderaufrufe verwalten" }).click();
      await expect(kurs.heading).toHaveText("Förderaufrufe");
      await expect(page.locator(".kurs-loading")).toHaveCount(0);
      await expectNoAxeViolations(page);
      await reflowAndShots(page, "list-empty");
    });

    await test.step("create through the form: a refused share is named at its field, all typed stays", async () => {
      await page.getByRole("link", { name: "Förderaufruf anlegen" }).click();
      await expect(kurs.heading).toHaveText("Förderaufruf anlegen");
      await expect(page.locator(".kurs-loading")).toHaveCount(0);
      await page.getByLabel("Titel des Förderaufrufs").fill(title);
      await page
        .getByLabel("Haushaltsmittel", { exact: true })
        .selectOption({ label: "Mittel für Sprachkurse 2024" });
      await page
        .getByLabel("Zuwendungszweck")
        .fill("Sprachkurse für Eltern freier Träger im Handlungsfeld Sprache und Bildung");
      await page.getByLabel(/^Antragsfrist/).fill("30.09.2024");
      await page.getByLabel("Finanzierungsart").selectOption({ label: "Anteilfinanzierung" });
      await page.getByLabel(/^Höchstanteil/).fill("120");
      await page.getByLabel("Honorare").check();
      await page.getByLabel("Sachausgaben").check();
      await page
        .getByLabel("Nebenbestimmungen (ANBest-P)")
        .fill("Es gelten die ANBest-P in der vom Landkreis beschlossenen Fassung.");
      // The defaults stand in the form: 2 months, 6 months, 20 %.
      await expect(page.getByLabel(/^Mittelabruf nur für Bedarf/)).toHaveValue("2");
      await expect(page.getByLabel(/^Verwendungsnachweis fällig/)).toHaveValue("6");
      await expect(page.getByLabel(/^Zulässige Überschreitung/)).toHaveValue("20");
      await expect(kurs.main).toContainText("Sprache und Bildung");
      await page.getByRole("button", { name: "Förderaufruf speichern" }).click();
      await expect(page.locator("#programme-share-error")).toContainText("0,01 bis 100 %");
      await expect(page.getByLabel(/^Höchstanteil/)).toHaveValue("120");
      await expect(page.getByLabel("Titel des Förderaufrufs")).toHaveValue(title);
      await expect(page.getByLabel(/^Antragsfrist/)).toHaveValue("30.09.2024");
      await expect(page.getByLabel("Honorare")).toBeChecked();
      await expectNoAxeViolations(page);
      await reflowAndShots(page, "form-error");
      await page.getByLabel(/^Höchstanteil/).fill("62,5");
      await page.getByRole("button", { name: "Förderaufruf speichern" }).click();
      await expect(kurs.heading).toHaveText("Förderaufrufe");
      await expect(page.getByRole("status")).toContainText(title);
      const row = page.getByTestId("programme-table").getByRole("row", { name: new RegExp(title) });
      await expect(row).toContainText("62,5 %");
      await expect(row).toContainText("30.09.2024");
      await expect(row).toContainText("Anteilfinanzierung");
    });

    const programmes = await api<{ items: { id: string; title: string }[] }>(
      "GET",
      "/grant-programmes",
    );
    const created = programmes.items.find((p) => p.title === title);
    const createdId = created?.id ?? "";
    expect(createdId).not.toBe("");

    await test.step("edit: the form holds what was saved; a change is stored", async () => {
      await page.getByRole("link", { name: `Bearbeiten : ${title}` }).click();
      await expect(kurs.heading).toHaveText("Förderaufruf bearbeiten");
      await expect(page.locator(".kurs-loading")).toHaveCount(0);
      await expect(page.getByLabel(/^Höchstanteil/)).toHaveValue("62,5");
      await expect(page.getByLabel(/^Antragsfrist/)).toHaveValue("30.09.2024");
      await expect(page.getByTestId("fixed-terms")).toHaveCount(0);
      await page.getByLabel(/^Verwendungsnachweis fällig/).fill("9");
      await page.getByLabel(/^Mittelabruf nur für Bedarf/).fill("");
      await expectNoAxeViolations(page);
      await reflowAndShots(page, "form-edit");
      await page.getByRole("button", { name: "Förderaufruf speichern" }).click();
      await expect(kurs.heading).toHaveText("Förderaufrufe");
      const saved = await api<{
        proofDueMonths: number;
        paymentWithinMonths: number | null;
        maxShareBasisPoints: number;
        eligibleCostKinds: string[];
      }>("GET", `/grant-programmes/${createdId}`);
      expect(saved).toMatchObject({
        proofDueMonths: 9,
        paymentWithinMonths: null,
        maxShareBasisPoints: 6250,
      });
      expect([...saved.eligibleCostKinds].sort()).toEqual(["fees", "material"]);
      await reflowAndShots(page, "list");
    });

    await test.step("a granted programme: its terms are read-only, with the reason; texts may change", async () => {
      const funds = await api<{ items: { id: string; name: string }[] }>("GET", "/funds");
      const fundId = funds.items.find((f) => f.name === "Mittel für Sprachkurse 2024")?.id;
      const options = await api<{
        measureTypes: { id: string; key: string }[];
        actionFields: { title: string; goals: { recommendations: { id: string }[] }[] }[];
      }>("GET", "/measures/options");
      const measure = await api<{ id: string }>("POST", "/measures", {
        title: "Sprachkurs A1 für Eltern (Förderaufruf)",
        measureTypeId: options.measureTypes.find((m) => m.key === "languageCourse")?.id,
        recommendationIds: [
          options.actionFields.find((f) => f.title === "Sprache und Bildung")?.goals[0]
            ?.recommendations[0]?.id,
        ],
      });
      const granted = await api<{ id: string }>("POST", "/grant-programmes", {
        fundId,
        title: "Sprachkurse vor Ort 2024 (bewilligt)",
        purpose: "Sprachkurse freier Träger im Handlungsfeld Sprache und Bildung",
        deadline: "2024-06-30",
        financingType: "deficit",
        maxShareBasisPoints: 8000,
        eligibleCostKinds: ["fees", "material"],
        conditions: "Es gelten die ANBest-P.",
      });
      const partners = await api<{ items: { id: string; name: string }[] }>("GET", "/partners");
      const vhs = partners.items.find((p) => p.name === e2eAccounts.partner.partner);
      const application = await api<{ id: string }>("POST", "/grant-applications", {
        programmeId: granted.id,
        partnerId: vhs?.id,
        measureId: measure.id,
        title: "Sprachkurs A1 für Eltern, Bremervörde",
        costPlan: [{ costKind: "fees", amountCents: 1_000_000 }],
        financing: { ownCents: 200_000, thirdPartyCents: 0, requestedCents: 800_000 },
        periodFrom: "2024-07-01",
        periodTo: "2024-12-31",
      });
      for (const step of ["submit", "review"])
        await api("POST", `/grant-applications/${application.id}/${step}`, {});
      await api("POST", `/grant-applications/${application.id}/grant`, {
        grantedCents: 800_000,
        noticeReference: "50.2-2024/777",
      });

      await kurs.open(`/zuwendungen/programme/${granted.id}/bearbeiten`);
      await expect(kurs.heading).toHaveText("Förderaufruf bearbeiten");
      const fixed = page.getByTestId("fixed-terms");
      await expect(fixed).toContainText("schon eine Bewilligung");
      await expect(fixed).toContainText("Fehlbedarfsfinanzierung");
      await expect(fixed).toContainText("80 %");
      await expect(fixed).toContainText("Honorare, Sachausgaben");
      await expect(page.getByLabel("Finanzierungsart")).toHaveCount(0);
      await expect(page.getByLabel(/^Höchstanteil/)).toHaveCount(0);
      await expect(page.locator("#programme-fund")).toHaveCount(0);
      await expectNoAxeViolations(page);
      await reflowAndShots(page, "form-fixed");
      await page
        .getByLabel("Nebenbestimmungen (ANBest-P)")
        .fill("Es gelten die ANBest-P in der Fassung vom 1. Juni 2024.");
      await page.getByRole("button", { name: "Förderaufruf speichern" }).click();
      await expect(kurs.heading).toHaveText("Förderaufrufe");
      const after = await api<{ conditions: string; financingType: string }>(
        "GET",
        `/grant-programmes/${granted.id}`,
      );
      expect(after).toMatchObject({
        conditions: "Es gelten die ANBest-P in der Fassung vom 1. Juni 2024.",
        financingType: "deficit",
      });
    });

    await test.step("an application link: refused without organisation, shown once, revoked", async () => {
      await page.getByRole("link", { name: `Antragslinks : ${title}` }).click();
      await expect(kurs.heading).toHaveText(`Antragslinks: ${title}`);
      await expect(page.locator(".kurs-loading")).toHaveCount(0);
      await expect(kurs.main).toContainText("noch keinen Antragslink");
      // The programme's deadline is proposed as the last day.
      await expect(page.getByLabel(/^Gültig bis/)).toHaveValue("30.09.2024");
      await expectNoAxeViolations(page);
      await page.getByLabel("Notiz").fill("Elternkurse Bremervörde");
      await page.getByRole("button", { name: "Antragslink anlegen" }).click();
      await expect(page.locator("#programme-link-partner-error")).toBeVisible();
      await expect(page.getByLabel("Notiz")).toHaveValue("Elternkurse Bremervörde");
      await page
        .getByLabel("Organisation", { exact: true })
        .selectOption({ label: e2eAccounts.partner.partner });
      await page.getByRole("button", { name: "Antragslink anlegen" }).click();
      const address = page.getByTestId("created-link-url");
      await expect(address).toHaveValue(/\/zuwendungen\/antrag\/[A-Za-z0-9_-]{20,}$/);
      await expect(kurs.main).toContainText("wird nur jetzt angezeigt");
      const token = (await address.inputValue()).split("/").pop() ?? "";
      const table = page.getByTestId("programme-link-table");
      await expect(table).toContainText(e2eAccounts.partner.partner);
      await expect(table).toContainText("Elternkurse Bremervörde");
      await expect(table).toContainText("30.09.2024");
      await expect(table).toContainText("gültig");
      await expectNoAxeViolations(page);
      await reflowAndShots(page, "links-created");
      // The link works without an account.
      const anonymous = await page.context().browser()?.newContext({ baseURL: origin });
      const scope = await anonymous?.request.get(`${origin}/api/v1/grant-link/${token}`);
      expect(scope?.status()).toBe(200);

      // Shown once: after a reload only the list remains.
      await kurs.open(`/zuwendungen/programme/${createdId}/antragslinks`);
      await expect(page.getByTestId("created-link-url")).toHaveCount(0);
      await expect(kurs.main).not.toContainText(token);

      // Revoking asks first; cancelled, nothing changes.
      page.once("dialog", (dialog) => void dialog.dismiss());
      await page
        .getByRole("button", { name: `Widerrufen : ${e2eAccounts.partner.partner}` })
        .click();
      await expect(table).toContainText("gültig");
      page.once("dialog", (dialog) => {
        expect(dialog.message()).toContain(e2eAccounts.partner.partner);
        void dialog.accept();
      });
      await page
        .getByRole("button", { name: `Widerrufen : ${e2eAccounts.partner.partner}` })
        .click();
      await expect(table).toContainText("widerrufen");
      await expect(
        page.getByRole("button", { name: `Widerrufen : ${e2eAccounts.partner.partner}` }),
      ).toHaveCount(0);
      const refused = await anonymous?.request.get(`${origin}/api/v1/grant-link/${token}`);
      expect(refused?.ok()).toBe(false);
      await anonymous?.close();
      await expectNoAxeViolations(page);
      await reflowAndShots(page, "links");
    });

    await test.step("a partner account sees the office's notice, not the programmes", async () => {
      await signIn(page, e2eAccounts.partner);
      await kurs.open("/zuwendungen/programme");
      await expect(kurs.main).toContainText("verwaltet die Koordinierungsstelle");
      await expect(page.getByTestId("programme-table")).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });
});
