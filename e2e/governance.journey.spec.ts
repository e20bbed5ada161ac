import { expect, test } from "@playwright/test";
import { screenshotForDocs } from "./pages/axe";
import { CouncilPage } from "./pages/CouncilPage";
import { OverviewPage } from "./pages/OverviewPage";

const seedPaper =
  "Migration/Integration im Landkreis Rotenburg (Wümme); Strategische Schwerpunktsetzung des Integrationskonzeptes";
const social = "Ausschuss für Soziales, Arbeit und Gesundheit";

test.describe("Gremien und Beschlüsse", () => {
  test("records the Ausschuss's resolution on the Vorlage; the overview shows its effects", async ({
    page,
  }) => {
    const council = new CouncilPage(page);
    await council.goto();
    await council.signIn();
    await council.openPaper(seedPaper);
    const form = page.getByTestId("resolution-form");
    await expect(form.getByLabel("Gremium", { exact: true })).toHaveValue(/.+/);
    await expect(page.getByTestId("consultations")).toContainText(social);

    await form.getByLabel("Strategischen Schwerpunkt ab dem Beschlussdatum festlegen").check();
    await form
      .getByLabel("Handlungsfeld", { exact: true })
      .selectOption({ label: "2. Sprache und Bildung" });
    await form.getByLabel("Zweckbindung von Haushaltsmitteln ab dem Beschlussdatum ändern").check();
    await form
      .getByLabel("Haushaltsmittel", { exact: true })
      .selectOption({ label: "Mittel für Sprachkurse 2024" });
    await form
      .getByLabel("Neue Zweckbindung: das gesamte Handlungsfeld")
      .selectOption({ label: "2. Sprache und Bildung" });
    await form.getByLabel("Berichtspflicht gegenüber einem Gremium festlegen").check();
    await form.getByLabel("Bericht an").selectOption({ label: social });
    await form.getByLabel("Turnus", { exact: true }).selectOption({ label: "halbjährlich" });

    // Without a date the server refuses field by field; what was typed stays.
    await form.getByRole("button", { name: "Beschluss erfassen" }).click();
    await expect(form.locator("#res-date-error")).toBeVisible();
    // The summary above names the field by its label (not the API's path) and leads to it.
    const summaryLink = page.getByRole("alert").getByRole("link", { name: "Beschlossen am" });
    await summaryLink.click();
    await expect(form.getByLabel("Beschlossen am")).toBeFocused();
    await expect(page.getByRole("alert")).not.toContainText("decidedOn");
    await expect(form.getByLabel("Turnus", { exact: true })).toHaveValue("halfYearly");
    await expect(form.getByLabel("Beschlusstext")).toHaveValue(/Sprache und Bildung/);

    await form.getByLabel("Beschlossen am").fill("2024-03-05");
    await form.getByRole("button", { name: "Beschluss erfassen" }).click();
    await expect(
      page.getByText("Der Beschluss ist erfasst; seine Wirkungen sind angewandt."),
    ).toBeVisible();
    await expect(page.getByTestId("resolution")).toContainText("ungeändert beschlossen");
    await expect(page.getByTestId("consultations")).toContainText("ungeändert beschlossen");

    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(overview.focus).toContainText("Sprache und Bildung");
    await expect(overview.focus).toContainText(`${social} am 05.03.2024`);
    await expect(overview.fund).toContainText(
      "Gesamtes Handlungsfeld Sprache und Bildung, gültig ab 05.03.2024",
    );
    await expect(overview.fund).not.toContainText("Sprachkurs im Handlungsfeld");
    const reporting = page.getByTestId("reporting");
    await expect(reporting).toContainText(social);
    await expect(reporting).toContainText("halbjährlich");
    await expect(overview.pendingPaper).toHaveCount(0);
    await screenshotForDocs(page, "uebersicht-nach-beschluss");

    // The Konzept page's timeline, concept-wide and for the field, shows the resolution.
    await page.goto("/konzept");
    const timeline = page.getByTestId("concept-timeline");
    await expect(timeline.getByTestId("timeline-entry").last()).toContainText(
      `05.03.2024 · ${social} · ungeändert beschlossen`,
    );
    await expect(timeline).toContainText("Strategischer Schwerpunkt: Sprache und Bildung");
    await expect(timeline).toContainText(`Berichtspflicht gegenüber ${social}, halbjährlich`);
    const field = page
      .getByTestId("concept-field")
      .filter({ has: page.getByRole("heading", { level: 3, name: "Sprache und Bildung" }) });
    await field.getByText("Beschlüsse zu diesem Handlungsfeld").click();
    await expect(field.getByTestId("field-timeline")).toContainText("15.03.2023 · Kreisausschuss");
    await expect(field.getByTestId("field-timeline")).toContainText(social);
    await screenshotForDocs(page, "konzept-zeitleiste");
  });

  test("enters a new paper with a two-step Beratungsfolge and its meetings by hand", async ({
    page,
  }) => {
    const council = new CouncilPage(page);
    await council.goto();
    await council.signIn();
    await page.reload();
    const meetingForm = page.getByTestId("meeting-form");
    const enterMeeting = async (committee: string, name: string, date: string) => {
      await meetingForm.getByLabel("Gremium").selectOption({ label: committee });
      await meetingForm.getByLabel("Bezeichnung der Sitzung").fill(name);
      await meetingForm.getByLabel("Datum").fill(date);
      await meetingForm.getByLabel("Ort").fill("Kreishaus Rotenburg (Wümme)");
      await meetingForm.getByLabel("Tagesordnung").fill("Eröffnung\nSachstand Integrationskonzept");
      await meetingForm.getByRole("button", { name: "Sitzung speichern" }).click();
      await expect(page.getByText("Die Sitzung ist erfasst.")).toBeVisible();
      await expect(page.getByTestId("council-meeting").filter({ hasText: name })).toBeVisible();
    };
    await enterMeeting(social, "Sitzung des Fachausschusses (Testdaten)", "2025-05-12");
    await enterMeeting("Kreisausschuss", "Sitzung des Kreisausschusses (Testdaten)", "2025-06-02");

    const paperForm = page.getByTestId("paper-form");
    await paperForm.getByLabel("Vorlagennummer").fill("2025/0815");
    await paperForm
      .getByLabel("Bezeichnung")
      .fill("Sachstand Integrationskonzept 2025 (Testdaten)");
    await paperForm.getByLabel("Sachverhalt").fill("Die Koordinierungsstelle berichtet.");
    await paperForm
      .getByLabel("Beschlussvorschlag")
      .fill("Der Bericht wird zur Kenntnis genommen.");
    await paperForm.getByRole("button", { name: "Weiteren Schritt anfügen" }).click();
    const steps = paperForm.getByTestId("consultation-step");
    await expect(steps).toHaveCount(2);
    await steps.nth(0).getByLabel("Gremium").selectOption({ label: social });
    await steps
      .nth(0)
      .getByLabel("Sitzung")
      .selectOption({ label: "Sitzung des Fachausschusses (Testdaten) (2025-05-12)" });
    await steps.nth(0).getByLabel("Beratung").selectOption({ label: "Vorberatung" });
    await steps.nth(1).getByLabel("Gremium").selectOption({ label: "Kreisausschuss" });
    await steps
      .nth(1)
      .getByLabel("Sitzung")
      .selectOption({ label: "Sitzung des Kreisausschusses (Testdaten) (2025-06-02)" });
    await steps.nth(1).getByLabel("Beratung").selectOption({ label: "Entscheidung" });
    await paperForm.getByRole("button", { name: "Vorlage speichern" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sachstand Integrationskonzept 2025 (Testdaten)",
    );
    const rows = page.getByTestId("consultations").locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(social);
    await expect(rows.nth(0)).toContainText("12.05.2025");
    await expect(rows.nth(0)).toContainText("Vorberatung");
    await expect(rows.nth(1)).toContainText("Kreisausschuss");
    await expect(rows.nth(1)).toContainText("02.06.2025");
    await expect(rows.nth(1)).toContainText("Entscheidung");
    // The paper downloads as PDF and DOCX, named after its number and title.
    for (const [link, ext] of [
      ["Als PDF herunterladen", "pdf"],
      ["Als Word-Datei herunterladen (DOCX)", "docx"],
    ]) {
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: link }).click();
      expect((await download).suggestedFilename()).toBe(
        `2025-0815 Sachstand Integrationskonzept 2025 (Testdaten).${ext}`,
      );
    }
    await screenshotForDocs(page, "vorlage-beratungsfolge");
    await council.goto();
    await screenshotForDocs(page, "gremien-erfassen");
  });
  test("the Kreistag grants new earmarked funds through the form; the ledger holds them", async ({
    page,
  }) => {
    const council = new CouncilPage(page);
    await council.goto();
    await council.signIn();
    const origin = new URL(page.url()).origin;
    const committees = (await (await page.request.get("/api/v1/council")).json()) as {
      committees: { id: string; name: string }[];
    };
    const kreistag = committees.committees.find((c) => c.name === "Kreistag");
    const created = await page.request.post("/api/v1/papers", {
      headers: { origin },
      data: {
        kind: "decision",
        title: "Mittel für Berufssprachkurse 2026 (Testdaten)",
        proposedResolution: "Der Kreistag bewilligt 250.000 € für Sprachkurse.",
        consultations: [{ committeeId: kreistag?.id, role: "decision" }],
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    await council.openPaper("Mittel für Berufssprachkurse 2026 (Testdaten)");

    const form = page.getByTestId("resolution-form");
    await form.getByLabel("Beschlossen am").fill("2025-12-16");
    await form.getByLabel("Zweckgebundene Haushaltsmittel bewilligen").check();
    await form.getByLabel("Bezeichnung der Mittel").fill("Mittel für Berufssprachkurse 2026");
    await form.getByLabel("Haushaltsjahr").fill("2026");
    await form.getByLabel("Haushaltsstelle (Produkt/Sachkonto, optional)").fill("3.1.5.01 / 5431");
    await form
      .getByLabel("Zweckbindung: Handlungsfeld")
      .selectOption({ label: "2. Sprache und Bildung" });
    await form.getByLabel("Zweckbindung: Maßnahmenart").selectOption({ label: "Sprachkurs" });
    // A typo in the amount is said at the field; nothing is sent and what was typed stays.
    await form.getByLabel("Ansatz in Euro").fill("250.000,0O");
    await form.getByRole("button", { name: "Beschluss erfassen" }).click();
    await expect(form.locator("#eff-grant-estimate-error")).toContainText("Betrag in Euro");
    await expect(form.getByLabel("Bezeichnung der Mittel")).toHaveValue(
      "Mittel für Berufssprachkurse 2026",
    );
    await screenshotForDocs(page, "beschluss-mittel-bewilligen");
    await form.getByLabel("Ansatz in Euro").fill("250.000,00");
    await form.getByRole("button", { name: "Beschluss erfassen" }).click();
    await expect(
      page.getByText("Der Beschluss ist erfasst; seine Wirkungen sind angewandt."),
    ).toBeVisible();

    await page.goto("/haushalt");
    await page
      .getByRole("link", { name: "Mittel für Berufssprachkurse 2026", exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Mittel für Berufssprachkurse 2026",
    );
    await expect(page.locator("main")).toContainText("250.000,00");
    await expect(page.locator("main")).toContainText("Sprachkurs");
    await expect(page.locator("main")).toContainText("Kreistag, Beschluss vom 16.12.2025");
    await expect(page.locator("main")).toContainText("3.1.5.01 / 5431");
    await screenshotForDocs(page, "haushalt-bewilligte-mittel");
  });
});
