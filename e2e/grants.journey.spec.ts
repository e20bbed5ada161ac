import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";

// A journey (own server, KURS_TODAY 2024-06-20 in e2e/run.ts): the Volkshochschule applies for a
// course under the million's purpose, the office grants part of it, two instalments (one refused
// as too early), a proof of use with lower costs, the reclaim booked — the fund's figures add up
// at every step (granted = committed + paid + blocked + lapsed + available).

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await new KursPage(page).open("/");
  const response = await page.request.post("/api/v1/auth/login", {
    data: { email: account.email, password: account.password },
    headers: { origin: new URL(page.url()).origin },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

interface FundFigures {
  grantedCents: number;
  committedCents: number;
  paidCents: number;
  blockedCents: number;
  lapsedCents: number;
  availableCents: number;
}

test.describe("Zuwendungen: from application to proof of use", () => {
  test.describe.configure({ timeout: 240_000 });

  test("apply, grant in part, two instalments, proof with lower costs, reclaim booked", async ({
    page,
  }) => {
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
    const funds = await api<{ items: { id: string; name: string }[] }>("GET", "/funds");
    const million = funds.items.find((f) => f.name === "Mittel für Sprachkurse 2024");
    const fundId = million?.id ?? "";
    const expectIdentity = async (expected: Partial<FundFigures>) => {
      const f = await api<FundFigures>("GET", `/funds/${fundId}`);
      expect(f.grantedCents).toBe(
        f.committedCents + f.paidCents + f.blockedCents + f.lapsedCents + f.availableCents,
      );
      expect(f).toMatchObject(expected);
      return f;
    };
    const start = await expectIdentity({});

    // Set-up through the API: a course measure in the million's purpose and the programme.
    const options = await api<{
      measureTypes: { id: string; key: string }[];
      actionFields: { title: string; goals: { recommendations: { id: string }[] }[] }[];
    }>("GET", "/measures/options");
    const measure = await api<{ id: string; title: string }>("POST", "/measures", {
      title: "Sprachkurs A1 für Eltern (Zuwendung)",
      measureTypeId: options.measureTypes.find((m) => m.key === "languageCourse")?.id,
      recommendationIds: [
        options.actionFields.find((f) => f.title === "Sprache und Bildung")?.goals[0]
          ?.recommendations[0]?.id,
      ],
    });
    await api("POST", "/grant-programmes", {
      fundId,
      title: "Sprachkurse vor Ort 2024",
      purpose: "Sprachkurse freier Träger im Handlungsfeld Sprache und Bildung",
      deadline: "2024-06-30",
      financingType: "deficit",
      maxShareBasisPoints: 8000,
      eligibleCostKinds: ["fees", "material", "rooms"],
      conditions: "Es gelten die ANBest-P in der vom Landkreis beschlossenen Fassung.",
      paymentWithinMonths: 2,
    });

    // The Volkshochschule applies at 320 px, by keyboard-reachable labelled fields.
    await signIn(page, e2eAccounts.partner);
    await page.setViewportSize({ width: 320, height: 900 });
    const kurs = new KursPage(page);
    await kurs.open("/zuwendungen/neu");
    await expect(kurs.heading).toHaveText("Zuwendung beantragen");
    await expectNoAxeViolations(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await page.getByLabel("Titel des Vorhabens").fill("Sprachkurs A1 für Eltern, Zeven");
    await page.getByLabel("Beginn des Bewilligungszeitraums").fill("01.07.2024");
    await page.getByLabel("Ende des Bewilligungszeitraums").fill("31.12.2024");
    await page.getByLabel(/^Honorare/).fill("20.000,00");
    await page.getByLabel(/^Sachausgaben/).fill("5.000,00");
    await page.getByLabel("Eigenanteil").fill("2.500,00");
    await page.getByLabel("Drittmittel").fill("2.500,00");
    await page.getByLabel("Beantragte Zuwendung").fill("19.000,00");
    await expect(page.getByTestId("grant-balance")).toContainText("Noch offen");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    // Refused at the field; what was typed stays.
    await expect(page.locator("#grant-requested-error")).toContainText("geht nicht auf");
    await expect(page.getByLabel("Titel des Vorhabens")).toHaveValue(
      "Sprachkurs A1 für Eltern, Zeven",
    );
    await expectNoAxeViolations(page);
    await page.getByLabel("Beantragte Zuwendung").fill("20.000,00");
    await expect(page.getByTestId("grant-balance")).toHaveText("Der Finanzierungsplan geht auf.");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).press("Enter");
    await expect(page.getByTestId("grant-state")).toHaveText("Entwurf");
    const applicationUrl = new URL(page.url()).pathname;
    const applicationId = applicationUrl.split("/").pop() ?? "";
    await page.getByTestId("grant-submit").click();
    await expect(page.getByTestId("grant-state")).toHaveText("eingereicht");
    await expectNoAxeViolations(page);

    // The office reviews and grants part of it: the commitment appears on the fund.
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, e2eAccounts.coordinator);
    await kurs.open(applicationUrl);
    await page.getByTestId("grant-review").click();
    await expect(page.getByTestId("grant-state")).toHaveText("in Prüfung");
    await page.getByLabel("Bewilligter Betrag").fill("18.000,00");
    await page.getByLabel(/^Maßnahme/).selectOption({ label: measure.title });
    await page.getByLabel("Aktenzeichen des Bescheids").fill("50.2-2024/001");
    await page.getByRole("button", { name: "Bewilligen und Mittel binden" }).click();
    await expect(page.getByTestId("grant-state")).toHaveText("teilweise bewilligt");
    await expectIdentity({
      committedCents: start.committedCents + 1_800_000,
      availableCents: start.availableCents - 1_800_000,
    });
    const notice = await page.request.get(
      `/api/v1/grant-applications/${applicationId}/notice.docx`,
    );
    expect(notice.status()).toBe(200);
    expect((await notice.body()).subarray(0, 2).toString()).toBe("PK");
    await expectNoAxeViolations(page);

    // Two instalments: one refused as too early (needed beyond two months), two approved.
    await signIn(page, e2eAccounts.partner);
    await kurs.open(applicationUrl);
    const pay = async (amount: string, neededBy: string) => {
      await page.getByLabel("Betrag", { exact: true }).fill(amount);
      await page.getByLabel("Verwendung bis").fill(neededBy);
      await page.getByRole("button", { name: "Mittel abrufen" }).click();
    };
    await pay("8.000,00", "01.10.2024");
    await expect(page.locator("#payment-needed-by-error")).toContainText("binnen 2 Monaten");
    await pay("8.000,00", "15.07.2024");
    await expect(page.getByTestId("payment-requests")).toContainText("beantragt");
    await pay("10.000,00", "15.08.2024");
    await expect(page.getByTestId("payment-requests").locator("li")).toHaveCount(2);

    await signIn(page, e2eAccounts.coordinator);
    await kurs.open(applicationUrl);
    for (let i = 0; i < 2; i++) {
      await page.getByRole("button", { name: "Freigeben und zahlen" }).first().click();
      await expect(page.getByRole("button", { name: "Freigeben und zahlen" })).toHaveCount(1 - i);
    }
    await expectIdentity({
      committedCents: start.committedCents,
      paidCents: start.paidCents + 1_800_000,
    });

    // The proof of use with lower costs; the office confirms and the reclaim is booked.
    await signIn(page, e2eAccounts.partner);
    await kurs.open(applicationUrl);
    await page.getByLabel("Sachbericht").fill("Zwei Kurse, 24 Teilnehmende, 19 mit Zertifikat A1.");
    const proof = page.locator("form", {
      has: page.getByRole("heading", { name: "Verwendungsnachweis" }),
    });
    await proof.getByLabel("Honorare").fill("16.000,00");
    await proof.getByLabel("Sachausgaben").fill("4.000,00");
    await proof.getByLabel("Erhaltene Drittmittel").fill("2.500,00");
    await proof.getByRole("button", { name: "Verwendungsnachweis einreichen" }).click();
    await expect(page.getByTestId("grant-reclaim")).toHaveText(/5\.000,00/);

    await signIn(page, e2eAccounts.coordinator);
    await kurs.open(applicationUrl);
    await page.getByRole("button", { name: "Bestätigen und buchen" }).click();
    await expect(page.getByRole("button", { name: "Bestätigen und buchen" })).toHaveCount(0);
    // Confirmed: what counts per cost kind, and the settlement letter to download.
    await expect(page.getByTestId("eligible-fees")).toHaveText(/16\.000,00/);
    await expect(page.getByTestId("settlement-pdf")).toHaveAttribute("href", /settlement\.pdf$/);
    await expectNoAxeViolations(page);
    if (process.env.KURS_SCREENSHOTS)
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `test-results/grant-settled-${width}.png`, fullPage: true });
      }
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectIdentity({
      committedCents: start.committedCents,
      paidCents: start.paidCents + 1_300_000,
      availableCents: start.availableCents - 1_300_000,
    });
    await kurs.open(`/zuwendungen?fonds=${fundId}`);
    await expect(page.getByTestId("grant-pipeline")).toContainText("Sprachkurse vor Ort 2024");
    await expectNoAxeViolations(page);

    // Per provider: from the Volkshochschule's partner page to its grants, granted and paid.
    await kurs.open("/partner");
    await page
      .getByRole("link", { name: /^Volkshochschule/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Zuwendungen dieser Organisation" }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: /^Anträge von Volkshochschule/ }),
    ).toBeVisible();
    await expect(page.getByTestId("grant-applications")).toContainText(
      "bewilligt 18.000,00 €, ausgezahlt 13.000,00 €",
    );
    await expect(page.getByTestId("grant-applications").locator("li")).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});
