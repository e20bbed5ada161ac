import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { KursPage } from "./pages/KursPage";

/**
 * Issue 18: what partners report reaches the committee. A partner reports a Sachstand inside
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

/** The file's text: PDF through pdftotext, DOCX through LibreOffice → PDF → pdftotext. */
async function fileText(request: APIRequestContext, href: string, kind: "pdf" | "docx" | "html") {
  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  const body = await response.body();
  if (kind === "html") return body.toString("utf8").replace(/<[^>]+>/g, " ");
  const dir = mkdtempSync(join(tmpdir(), "kurs-sachstand-e2e-"));
  try {
    writeFileSync(join(dir, `report.${kind}`), body);
    if (kind === "docx")
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          join(dir, "report.docx"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
    execFileSync("pdftotext", ["-layout", join(dir, "report.pdf"), join(dir, "report.txt")]);
    return readFileSync(join(dir, "report.txt"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    const origin = new URL(page.url()).origin;
    const api = async (method: "get" | "post" | "put", path: string, data?: object) => {
      const response = await page.request[method](`/api/v1${path}`, {
        data,
        headers: { origin, "idempotency-key": randomUUID() },
      });
      expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
      return response.json();
    };
    const council = await api("get", "/council");
    const social = council.committees.find(
      (c: { name: string }) => c.name === "Ausschuss für Soziales, Arbeit und Gesundheit",
    ).id;
    await api("post", "/resolutions", {
      committeeId: social,
      decidedOn: "2024-03-05",
      outcome: "adopted",
      text: "Über die Entwicklung und den Fortgang wird halbjährlich berichtet.",
      effects: [{ type: "requireReporting", committeeId: social, cadence: "halfYearly" }],
    });
    await api("post", "/meetings", {
      committeeId: social,
      name: "Sitzung des Sozialausschusses",
      meetingDate,
    });
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
      html: await fileText(page.request, await href("HTML herunterladen"), "html"),
      pdf: await fileText(page.request, await href("PDF herunterladen"), "pdf"),
      docx: await fileText(page.request, await href("Word-Datei (DOCX) herunterladen"), "docx"),
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
