import { expect, test } from "@playwright/test";
import { CouncilPage } from "./pages/CouncilPage";
import { OverviewPage } from "./pages/OverviewPage";

const seedPaper =
  "Migration/Integration im Landkreis Rotenburg (Wümme); Strategische Schwerpunktsetzung des Integrationskonzeptes";
const social = "Ausschuss für Soziales, Arbeit und Gesundheit";
const shots = process.env.KURS_FOLLOW_UP_SHOTS;

test.describe("Beschlussverfolgung", () => {
  test("the widened purpose is done by Kurs; „Kursträger informieren“ is added, noted and closed", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const council = new CouncilPage(page);
    await council.goto();
    await council.signIn();
    await council.openPaper(seedPaper);
    const form = page.getByTestId("resolution-form");
    await form.getByLabel("Zweckbindung von Haushaltsmitteln ab dem Beschlussdatum ändern").check();
    await form
      .getByLabel("Haushaltsmittel", { exact: true })
      .selectOption({ label: "Mittel für Sprachkurse 2024" });
    await form
      .getByLabel("Neue Zweckbindung: das gesamte Handlungsfeld")
      .selectOption({ label: "2. Sprache und Bildung" });
    await form.getByLabel("Beschlossen am").fill("05.03.2024");
    await form.getByRole("button", { name: "Beschluss erfassen" }).click();
    await expect(
      page.getByText("Der Beschluss ist erfasst; seine Wirkungen sind angewandt."),
    ).toBeVisible();

    await page.goto("/gremien");
    await page.getByRole("link", { name: social }).first().click();
    const section = page.getByRole("region", { name: "Umsetzung der Beschlüsse" });
    await expect(section).toContainText("Keine offenen Aufgaben zur Umsetzung.");
    await section.getByLabel(/Auch die erledigte/).check();
    const automatic = section.getByTestId("follow-up").first();
    await expect(automatic).toContainText(
      "Zweckbindung der Haushaltsmittel „Mittel für Sprachkurse 2024“ ab 05.03.2024 geändert",
    );
    await expect(automatic).toContainText("erledigt am 05.03.2024");
    await expect(automatic).toContainText("von Kurs umgesetzt");

    // A manual follow-up; a date before the resolution is refused at the field.
    await section.getByText("Aufgabe zur Umsetzung hinzufügen").click();
    const add = section.getByTestId("follow-up-form");
    await add.getByLabel("Was ist zu tun?").fill("Kursträger informieren");
    await add.getByLabel(/Zuständig/).fill("Koordinierungsstelle Migration und Teilhabe");
    await add.getByLabel(/Fällig bis/).fill("01.01.2024");
    await add.getByRole("button", { name: "Aufgabe anlegen" }).click();
    await expect(page.locator("#follow-up-due-error")).toContainText(
      "Das Datum liegt vor dem Beschluss (05.03.2024).",
    );
    await add.getByLabel(/Fällig bis/).fill("30.04.2024");
    await add.getByRole("button", { name: "Aufgabe anlegen" }).click();
    await expect(section.getByText("Die Aufgabe ist angelegt.")).toBeVisible();
    const manual = section.getByTestId("follow-up").filter({ hasText: "Kursträger informieren" });
    await expect(manual).toContainText("offen");

    await manual.getByText("Notiz hinzufügen").click();
    await manual.getByLabel("Notiz", { exact: true }).fill("Rundschreiben an die Träger versandt.");
    await manual.getByRole("button", { name: "Notiz speichern" }).click();
    await expect(manual).toContainText("Rundschreiben an die Träger versandt.");
    if (shots) {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.screenshot({ path: `${shots}/follow-ups-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: `${shots}/follow-ups-1280.png`, fullPage: true });
    }

    // The overview counts it as open, then it is closed.
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(page.getByTestId("follow-ups")).toContainText(`${social}: 1 offene Aufgabe`);
    if (shots) await page.screenshot({ path: `${shots}/overview-follow-ups.png`, fullPage: true });
    await page.getByTestId("follow-ups").getByRole("link", { name: social }).click();
    const again = page
      .getByRole("region", { name: "Umsetzung der Beschlüsse" })
      .getByTestId("follow-up")
      .filter({ hasText: "Kursträger informieren" });
    await again.getByLabel("Stand").selectOption({ label: "erledigt" });
    await again.getByRole("button", { name: "Stand speichern" }).click();
    await expect(page.getByRole("region", { name: "Umsetzung der Beschlüsse" })).toContainText(
      "Keine offenen Aufgaben zur Umsetzung.",
    );
  });
});
