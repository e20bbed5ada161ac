import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";
import { signInThroughApi } from "./pages/sweep";

// Applying for a grant: a proposed new measure, attachments, editing a draft, and
// the provider applying through an Antragslink without an account (a revoked link: one notice).

const pdf = Buffer.from("%PDF-1.4\n% Kostenplan Sprachkurs\n");
const shots = process.env.KURS_SCREENSHOTS ? "/tmp/grantsapp-shots" : null;

/** Another account: the session of the one before is dropped first. */
async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await signInThroughApi(page, account);
}

async function api<T>(page: Page, method: "GET" | "POST", url: string, data?: object) {
  const response = await page.request.fetch(`/api/v1${url}`, {
    method,
    data,
    headers: { origin: new URL(page.url()).origin },
  });
  if (!response.ok()) throw new Error(`${method} ${url}: ${await response.text()}`);
  return (response.status() === 204 ? null : await response.json()) as T;
}

async function screenshots(page: Page, name: string) {
  if (!shots) return;
  const before = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

interface Options {
  partners: { id: string; name: string }[];
  actionFields: { goals: { recommendations: { id: string; title: string }[] }[] }[];
}

/** As the office: a programme of its own (a unique title) and the Volkshochschule's id. */
async function setUp(page: Page, title: string) {
  await signIn(page, e2eAccounts.coordinator);
  const funds = await api<{ items: { id: string }[] }>(page, "GET", "/funds");
  const programme = await api<{ id: string }>(page, "POST", "/grant-programmes", {
    fundId: funds.items[0]?.id,
    title,
    purpose: "Sprachkurse freier Träger",
    financingType: "deficit",
    maxShareBasisPoints: 9000,
    eligibleCostKinds: ["fees", "material"],
    conditions: "Es gelten die ANBest-P.",
  });
  const options = await api<Options>(page, "GET", "/measures/options");
  const partner = options.partners.find((p) => p.name === e2eAccounts.partner.partner);
  const recommendation = options.actionFields[0]?.goals[0]?.recommendations[0];
  return { programmeId: programme.id, partnerId: partner?.id ?? "", recommendation };
}

/** The plan fields of the form (costs 10.000 + 2.000, financed 1.200 + 0 + 10.800). */
async function fillPlan(page: Page, title: string) {
  await page.getByLabel("Titel des Vorhabens").fill(title);
  await page.getByLabel("Beginn des Bewilligungszeitraums").fill("01.03.2027");
  await page.getByLabel("Ende des Bewilligungszeitraums").fill("30.11.2027");
  await page.getByLabel(/^Honorare/).fill("10.000,00");
  await page.getByLabel(/^Sachausgaben/).fill("2.000,00");
  await page.getByLabel("Eigenanteil").fill("1.200,00");
  await page.getByLabel("Drittmittel").fill("0");
  await page.getByLabel("Beantragte Zuwendung").fill("10.800,00");
}

test.describe("Zuwendungsanträge: neue Maßnahme, Anlagen, Entwurf, Antragslink", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a partner proposes a new measure, attaches files, edits the draft", async ({ page }) => {
    const programmeTitle = `Sprachkurse mit Anlagen ${Date.now()}`;
    const { recommendation } = await setUp(page, programmeTitle);
    await signIn(page, e2eAccounts.partner);
    const kurs = new KursPage(page);
    await kurs.open("/zuwendungen/neu");
    await page.getByLabel("Förderaufruf").selectOption({ label: programmeTitle });
    await fillPlan(page, "Sprachkurs B1 am Abend");
    await page.getByLabel("Neue Maßnahme vorschlagen").check();
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    // Refused at the fields of the proposal; what was typed stays.
    await expect(page.locator("#grant-proposed-title-error")).toBeVisible();
    await expect(page.locator("#recommendationIds-error")).toBeVisible();
    await expect(page.getByLabel("Titel des Vorhabens")).toHaveValue("Sprachkurs B1 am Abend");
    await expectNoAxeViolations(page);
    await page.getByLabel("Titel der neuen Maßnahme").fill("Abendkurse Deutsch B1");
    await page.getByLabel(recommendation?.title ?? "", { exact: true }).check();
    await screenshots(page, "application-form");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(page.getByTestId("grant-state")).toHaveText("Entwurf");
    await expect(page.getByTestId("grant-proposed-measure")).toHaveText("Abendkurse Deutsch B1");

    // Attachments: a type the server does not take and a PDF that is none are refused at the
    // file field; a real PDF is listed, downloads as sent, and can be removed again.
    const form = page.getByTestId("grant-file-form");
    const file = form.getByLabel("Datei", { exact: true });
    await file.setInputFiles({
      name: "notiz.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("x"),
    });
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(form.locator("#grant-file-error")).toContainText("Dieses Format wird nicht");
    await expect(file).toBeFocused();
    await file.setInputFiles({
      name: "falsch.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("kein PDF"),
    });
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(form.locator("#grant-file-error")).not.toContainText("Dieses Format wird nicht");
    await expect(form.locator("#grant-file-error")).toBeVisible();
    await expect(page.getByText("Dieser Antrag hat keine Anlagen.")).toBeVisible();
    await expectNoAxeViolations(page);
    await file.setInputFiles({ name: "Kostenplan.pdf", mimeType: "application/pdf", buffer: pdf });
    await form.getByLabel("Bezeichnung der Anlage").fill("Anlage 1: Kostenplan");
    // While the file goes out (held back here for a moment): progress shown, no second upload.
    const uploads = (url: URL) => /\/grant-applications\/[^/]+\/files$/.test(url.pathname);
    await page.route(uploads, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(form.getByRole("status")).toContainText("Hochladen:");
    await expect(form.getByRole("button", { name: "Anlage hochladen" })).toBeDisabled();
    const files = page.getByTestId("grant-files");
    await expect(files).toContainText("Anlage 1: Kostenplan");
    await page.unroute(uploads);
    await expect(form.locator("#grant-file-error")).toHaveCount(0);
    const href = await files
      .getByRole("link", { name: "Anlage 1: Kostenplan" })
      .getAttribute("href");
    const download = await page.request.get(href ?? "");
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await file.setInputFiles({
      name: "Zweitschrift.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(files.locator("li")).toHaveCount(2);
    await page.getByRole("button", { name: "Zweitschrift.pdf entfernen" }).click();
    await expect(files.locator("li")).toHaveCount(1);
    await expectNoAxeViolations(page);
    await screenshots(page, "application-page");

    // Edit the draft: the form comes prefilled; the change is saved (PUT), the proposal kept.
    await page.getByTestId("grant-edit").click();
    await expect(kurs.heading).toHaveText("Antrag bearbeiten");
    await expect(page.getByLabel("Titel des Vorhabens")).toHaveValue("Sprachkurs B1 am Abend");
    await expect(page.getByLabel("Beantragte Zuwendung")).toHaveValue("10.800,00");
    await expect(page.getByLabel("Titel der neuen Maßnahme")).toHaveValue("Abendkurse Deutsch B1");
    await page.getByLabel("Titel des Vorhabens").fill("Sprachkurs B1 am Abend, Zeven");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(kurs.heading).toHaveText("Sprachkurs B1 am Abend, Zeven");
    await expect(page.getByTestId("grant-proposed-measure")).toHaveText("Abendkurse Deutsch B1");
    await expect(page.getByTestId("grant-files")).toContainText("Anlage 1: Kostenplan");

    // Once submitted there is nothing more to edit or attach.
    await page.getByTestId("grant-submit").click();
    await expect(page.getByTestId("grant-state")).toHaveText("eingereicht");
    await expect(page.getByTestId("grant-edit")).toHaveCount(0);
    await expect(page.getByTestId("grant-file-form")).toHaveCount(0);
  });

  test("the office applies for a provider: the organisation is asked at its field", async ({
    page,
  }) => {
    const programmeTitle = `Sprachkurse der Verwaltung ${Date.now()}`;
    await setUp(page, programmeTitle);
    const kurs = new KursPage(page);
    await kurs.open("/zuwendungen/neu");
    await page.getByLabel("Förderaufruf").selectOption({ label: programmeTitle });
    await fillPlan(page, "Sprachkurs für Pflegekräfte");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(page.locator("#grant-partner-error")).toContainText("Organisation wählen");
    await expect(page.getByLabel("Titel des Vorhabens")).toHaveValue("Sprachkurs für Pflegekräfte");
    await page.getByLabel("Organisation").selectOption({ label: e2eAccounts.partner.partner });
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(page.getByTestId("grant-state")).toHaveText("Entwurf");
    await expect(page.getByText(e2eAccounts.partner.partner)).toBeVisible();
  });

  test("the provider applies through its link without an account; a revoked link says so", async ({
    page,
  }) => {
    const programmeTitle = `Sprachkurse über den Link ${Date.now()}`;
    const { programmeId, partnerId } = await setUp(page, programmeTitle);
    const link = await api<{ token: string }>(
      page,
      "POST",
      `/grant-programmes/${programmeId}/links`,
      {
        partnerId,
        expiresOn: "2030-12-31",
      },
    );
    const revoked = await api<{ id: string; token: string }>(
      page,
      "POST",
      `/grant-programmes/${programmeId}/links`,
      { partnerId, expiresOn: "2030-12-31" },
    );
    await api(page, "POST", `/grant-programmes/${programmeId}/links/${revoked.id}/revoke`);
    await page.context().clearCookies();

    const kurs = new KursPage(page);
    await page.setViewportSize({ width: 320, height: 900 });
    await kurs.open(`/zuwendungen/antrag/${link.token}`);
    await expect(kurs.heading).toHaveText(`Antrag: ${programmeTitle}`);
    await expect(page.getByText("Über diesen Link wurde noch kein Antrag gestellt.")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoAxeViolations(page);
    await screenshots(page, "link-page");

    await page.getByTestId("link-new").click();
    await fillPlan(page, "Alphabetisierungskurs");
    await page.getByLabel("Beantragte Zuwendung").fill("11.000,00");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    // The plan does not balance: refused at the field, the typed amount stays.
    await expect(page.locator("#grant-requested-error")).toBeVisible();
    await expect(page.getByLabel("Beantragte Zuwendung")).toHaveValue("11.000,00");
    await page.getByLabel("Beantragte Zuwendung").fill("10.800,00");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(page.getByTestId("grant-state")).toHaveText("Entwurf");
    await expect(
      page.getByRole("heading", { level: 2, name: "Alphabetisierungskurs" }),
    ).toBeVisible();

    const form = page.getByTestId("grant-file-form");
    await form.getByLabel("Datei", { exact: true }).setInputFiles({
      name: "Kostenplan.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(page.getByTestId("grant-files")).toContainText("Kostenplan.pdf");
    const href = await page.getByTestId("grant-files").getByRole("link").getAttribute("href");
    expect((await page.request.get(href ?? "")).ok()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoAxeViolations(page);
    await screenshots(page, "link-application");

    await page.getByTestId("grant-submit").click();
    await expect(page.getByTestId("grant-state")).toHaveText("eingereicht");
    await expect(page.getByTestId("grant-file-form")).toHaveCount(0);
    await page.getByRole("link", { name: "Zurück zur Übersicht" }).click();
    await expect(page.getByTestId("link-applications")).toContainText(
      "Alphabetisierungskurs (eingereicht)",
    );

    // A revoked (or unknown) link: one plain notice, nothing of the programme.
    await kurs.open(`/zuwendungen/antrag/${revoked.token}`);
    await expect(kurs.heading).toHaveText("Antragslink");
    await expect(page.getByText("Dieser Antragslink gilt nicht.")).toBeVisible();
    await expect(page.getByText(programmeTitle)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshots(page, "link-revoked");
    await kurs.open("/zuwendungen/antrag/unbekannt-unbekannt-unbekannt");
    await expect(page.getByText("Dieser Antragslink gilt nicht.")).toBeVisible();
  });
});
