import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { KursPage } from "./pages/KursPage";
import { apiAs, reportFileText, requireHalfYearlyReports } from "./report-journey";

/**
 * What partners report reaches the committee. A partner reports a Sachstand inside
 * the period, the office approves an indicator value and generates the report for the next
 * meeting of the Ausschuss für Soziales, Arbeit und Gesundheit; HTML, PDF and DOCX (through
 * LibreOffice) all carry the Sachstand, its traffic light, the indicator value and the meeting.
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);
const german = (isoDate: string) => isoDate.split("-").reverse().join(".");

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await new KursPage(page).open("/");
  const response = await page.request.post("/api/v1/auth/login", {
    data: { email: account.email, password: account.password },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.ok(), `sign-in ${account.email}`).toBe(true);
}

const flat = (text: string) => text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");

test.describe("Sachstandsbericht", () => {
  test("a partner's Sachstand and an approved value reach the report for the next meeting", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const today = iso(new Date());
    const meetingDate = iso(new Date(Date.now() + 40 * 86_400_000));
    const year = Number(today.slice(0, 4));
    const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;

    // The office: the committee asks for half-yearly reports; its next meeting is set.
    await signIn(page, e2eAccounts.coordinator);
    const api = apiAs(page);
    await requireHalfYearlyReports(api, meetingDate);
    const measures = await api("get", "/measures?pageSize=100");
    const course = measures.items.find(
      (m: { title: string }) => m.title === "Wohnortnahe Sprachkurse mit Kinderbetreuung",
    ).id;

    // The partner (Volkshochschule) reports its Sachstand on the measure's page.
    await signIn(page, e2eAccounts.partner);
    const kurs = new KursPage(page);
    await kurs.open(`/massnahmen/${course}`);
    const form = page.locator("form", {
      has: page.getByRole("heading", { name: "Sachstand melden" }),
    });
    await form.getByLabel("Datum").fill(today);
    await form.getByLabel("Ampel").selectOption("yellow");
    const sachstand = "Zwei Kurse laufen mit 14 Teilnehmenden, ein dritter beginnt im Januar.";
    await form.getByLabel("Sachstand", { exact: true }).fill(sachstand);
    await form.getByRole("button", { name: "Sachstand speichern" }).click();
    await expect(page.getByText(sachstand)).toBeVisible();

    // The office adopts an indicator, sets its target and approves a value.
    await signIn(page, e2eAccounts.coordinator);
    const indicator = await api("post", "/indicators", {
      key: "sprachkurs-teilnehmende",
      name: "Teilnehmende an Sprachkursen",
      unit: "count",
      direction: "higherIsBetter",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
    });
    await api("put", `/indicators/${indicator.id}/targets`, {
      targets: [{ year, value: 400 }],
    });
    const entered = await api("post", `/indicators/${indicator.id}/values`, {
      period: quarter,
      value: 87,
    });
    const valueId = entered.values.find((v: { period: string }) => v.period === quarter).id;
    await api("post", `/indicators/${indicator.id}/values/approve`, { valueIds: [valueId] });

    // The report for the next meeting, from the reporting duty.
    await kurs.open("/berichte");
    const duty = page.getByTestId("duty-row").filter({ hasText: "halbjährlich" });
    await expect(duty).toContainText(german(meetingDate));
    await duty.getByRole("button", { name: "Entwurf erzeugen" }).click();
    await expect(page).toHaveURL(/\/berichte\/entwuerfe\//);
    const preview = page.locator(".kurs-report-view");
    await expect(preview).toContainText(sachstand);
    await expect(preview).toContainText(`gelb (Stand ${german(today)})`);

    const href = async (name: string) =>
      (await page.getByRole("link", { name }).first().getAttribute("href")) as string;
    const files = {
      html: await reportFileText(page.request, await href("HTML herunterladen"), "html"),
      pdf: await reportFileText(page.request, await href("PDF herunterladen"), "pdf"),
      docx: await reportFileText(
        page.request,
        await href("Word-Datei (DOCX) herunterladen"),
        "docx-libreoffice",
      ),
    };
    for (const [kind, raw] of Object.entries(files)) {
      const text = flat(raw);
      expect(text, kind).toContain("Zwei Kurse laufen mit 14 Teilnehmenden");
      expect(text, kind).toContain(`gelb (Stand ${german(today)})`);
      expect(text, kind).toContain("Volkshochschule (Beispiel)");
      expect(text, kind).toMatch(/Teilnehmende an Sprachkursen\s+87,00\s+400,00/);
      expect(text, kind).toMatch(
        new RegExp(`Sitzung am\\s+${german(meetingDate).replace(/\./g, "\\.")}`),
      );
    }
  });
});
