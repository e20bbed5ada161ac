import { expect, test } from "@playwright/test";
import { formatEuroAmount } from "../src/domain/money";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";
import { signInAsCoordinator } from "./pages/MeasurePages";
import { apiAs, reportFileText, requireHalfYearlyReports } from "./report-journey";

/** 1234567 → "12.345,67" (the report's German money format, without the € sign). */
const germanEuro = formatEuroAmount;

test.describe("Berichte", () => {
  test("a half-yearly report: draft, finalise; a later booking changes a new draft, never the final files", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInAsCoordinator(page);
    const api = apiAs(page);
    await requireHalfYearlyReports(api, `${new Date().getUTCFullYear() + 1}-03-10`);
    const funds = await api("get", "/funds");
    const million = funds.items.find(
      (f: { name: string }) => f.name === "Mittel für Sprachkurse 2024",
    );
    const measures = await api("get", "/measures?pageSize=100");
    const course = measures.items.find(
      (m: { title: string }) => m.title === "Wohnortnahe Sprachkurse mit Kinderbetreuung",
    ).id;
    const book = (amountCents: number) =>
      api("post", `/funds/${million.id}/bookings`, {
        kind: "commitment",
        measureId: course,
        amountCents,
        date: "2024-04-02",
      });
    await book(1_234_567);
    const before = (await api("get", `/funds/${million.id}`)).committedCents as number;

    const kurs = new KursPage(page);
    await kurs.open("/berichte");
    await expect(kurs.heading).toHaveText("Berichte");
    const duty = page.getByTestId("duty-row").filter({ hasText: "halbjährlich" });
    await expect(duty).toContainText("Vorlagenfrist 21 Tage");
    await expectNoAxeViolations(page);

    await duty.getByRole("button", { name: "Entwurf erzeugen" }).click();
    await expect(page).toHaveURL(/\/berichte\/entwuerfe\//);
    const preview = page.locator(".kurs-report-view");
    await expect(preview).toContainText(germanEuro(before));
    await expect(preview).toContainText("Noch keine Kennzahlen erfasst.");
    await page
      .getByLabel("Einleitung")
      .fill("Die Koordinierungsstelle berichtet über das Halbjahr.");
    await page.getByRole("button", { name: "Text speichern" }).click();
    await expect(page.getByTestId("draft-saved")).toContainText("gespeichert");
    await expect(preview).toContainText("Die Koordinierungsstelle berichtet über das Halbjahr.");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Bericht abschließen" }).click();
    await expect(page).toHaveURL(/\/berichte\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Prüfsumme (SHA-256)")).toBeVisible();
    const pdfHref = (await page
      .getByRole("link", { name: "PDF herunterladen" })
      .getAttribute("href")) as string;
    const docxHref = (await page
      .getByRole("link", { name: "Word-Datei (DOCX) herunterladen" })
      .getAttribute("href")) as string;
    expect(await reportFileText(page.request, pdfHref, "pdf")).toContain(germanEuro(before));
    await expectNoAxeViolations(page);

    // The data changes after the report was finalised.
    await book(100_000);
    const after = before + 100_000;
    const pdf = await reportFileText(page.request, pdfHref, "pdf");
    const docx = await reportFileText(page.request, docxHref, "docx-xml");
    expect(pdf).toContain(germanEuro(before));
    expect(pdf).not.toContain(germanEuro(after));
    expect(docx).toContain(germanEuro(before));
    expect(docx).not.toContain(germanEuro(after));

    // A new draft shows the new figure, and what moved since the last report.
    await kurs.open("/berichte");
    await expect(page.getByTestId("final-item")).toHaveCount(1);
    await page
      .getByTestId("duty-row")
      .filter({ hasText: "halbjährlich" })
      .getByRole("button", { name: "Entwurf erzeugen" })
      .click();
    await expect(page.locator(".kurs-report-view")).toContainText(germanEuro(after));
    await expect(page.locator(".kurs-report-view")).toContainText("+1.000,00");
  });
});
