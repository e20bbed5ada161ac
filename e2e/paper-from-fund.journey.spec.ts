import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { CouncilPage } from "./pages/CouncilPage";
import { KursPage } from "./pages/KursPage";
import { signInWithSecondFactor } from "./pages/secondFactor";
import { apiAs, requireHalfYearlyReports, socialCommittee } from "./report-journey";

/**
 * The round trip of a decision (a journey: own server, KURS_TODAY 2024-06-20 in
 * e2e/run.ts). The admin sets the county's Vorlagenfrist; the office drafts the purpose-widening
 * Vorlage from the fund page and edits it; the Ausschuss für Soziales, Arbeit und Gesundheit adopts
 * it in a special session today; the effect widens the purpose (its follow-up done by Kurs); a
 * manual follow-up „Kursträger informieren“ is added and closed; the next report lists both.
 */
const shots = process.env.KURS_SHOTS;
async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const fundName = "Mittel für Sprachkurse 2024";
const paperTitle =
  "Erweiterung der Zweckbindung der Haushaltsmittel „Mittel für Sprachkurse 2024“ (Haushaltsjahr 2024) um das Handlungsfeld „Sprache und Bildung“";
const automaticTitle =
  "Zweckbindung der Haushaltsmittel „Mittel für Sprachkurse 2024“ ab 20.06.2024 geändert";

test.describe("Vorlage aus den Daten", () => {
  test("from the fund page to the adopted purpose and the next report", async ({ page }) => {
    test.setTimeout(240_000);

    // The admin sets the county's Vorlagenfrist: a typo is refused at the field, then 14 days.
    await signInWithSecondFactor(page, e2eAccounts.admin);
    await page.goto("/landkreis");
    const deadline = page.getByRole("form", { name: "Vorlagenfrist" });
    const days = deadline.getByLabel("Vorlagenfrist (Tage vor der Sitzung)");
    await expect(days).toHaveValue("21");
    await days.fill("drei Wochen");
    await deadline.getByRole("button", { name: "Vorlagenfrist speichern" }).click();
    await expect(page.locator("#paperDeadlineDays-error")).toContainText(
      "Geben Sie die Vorlagenfrist als ganze Zahl von Tagen an, z. B. 21.",
    );
    await expect(days).toHaveValue("drei Wochen");
    await days.fill("14");
    await deadline.getByRole("button", { name: "Vorlagenfrist speichern" }).click();
    await expect(
      deadline.getByText("Die Vorlagenfrist ist gespeichert: 14 Tage vor der Sitzung."),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await shoot(page, "landkreis-vorlagenfrist");

    // The office. The committee asks for half-yearly reports and meets on 24.09.; today it holds
    // a special session.
    await page.context().clearCookies();
    const council = new CouncilPage(page);
    await council.goto();
    await council.signIn();
    const api = apiAs(page);
    const social = await requireHalfYearlyReports(api, "2024-09-24");
    await api("post", "/meetings", {
      committeeId: social,
      name: "Sondersitzung des Sozialausschusses",
      meetingDate: "2024-06-20",
    });
    const million = (await api("get", "/funds")).items.find(
      (f: { name: string }) => f.name === fundName,
    );

    // The fund page drafts the Vorlage.
    const kurs = new KursPage(page);
    await kurs.open(`/haushalt/${million.id}`);
    const form = page.getByTestId("fund-paper-form");
    await expect(form.getByLabel("Was soll beschlossen werden?")).toHaveValue("widenPurpose");
    await form.getByLabel("Handlungsfeld").selectOption({ label: "2. Sprache und Bildung" });
    await form.getByLabel("Gremium, das entscheidet").selectOption({ label: socialCommittee });
    const meeting = form.getByLabel("Sitzung", { exact: true });
    // Each coming meeting with its Vorlagenfrist (14 days, as the county now says).
    await expect(meeting.locator("option")).toHaveText([
      "die nächste Sitzung, deren Vorlagenfrist noch nicht vorbei ist",
      "20.06.2024 – Sondersitzung des Sozialausschusses (Vorlagenfrist am 06.06.2024 verstrichen)",
      "24.09.2024 – Sitzung des Sozialausschusses (Vorlage bis 10.09.2024)",
    ]);
    await meeting.selectOption({
      label:
        "20.06.2024 – Sondersitzung des Sozialausschusses (Vorlagenfrist am 06.06.2024 verstrichen)",
    });
    await expectNoAxeViolations(page);
    await shoot(page, "fund-paper-form");
    await form.getByRole("button", { name: "Vorlage entwerfen" }).click();

    // The paper: text from the figures, the Beratungsfolge, the effect it proposes.
    await expect(page).toHaveURL(/\/gremien\/vorlagen\/[0-9a-f-]{36}$/);
    await expect(kurs.heading).toHaveText(paperTitle);
    await expect(kurs.main).toContainText("bewilligt: 1.000.000,00 €");
    await expect(kurs.main).toContainText(
      "bleiben zum 31.12.2024 voraussichtlich 1.000.000,00 € ungenutzt",
    );
    await expect(page.getByTestId("proposed-effects")).toHaveText(
      "Zweckbindung von „Mittel für Sprachkurse 2024“ geändert: Sprache und Bildung",
    );
    // The office edits the draft.
    await page.getByTestId("paper-edit-open").click();
    const edit = page.getByTestId("paper-edit-form");
    const facts = edit.getByLabel("Sachverhalt");
    const added = "Die Volkshochschule hat Bedarf an Alphabetisierungskursen angemeldet.";
    await facts.fill(`${await facts.inputValue()}\n\n${added}`);
    await edit.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(kurs.main).toContainText(added);
    await expectNoAxeViolations(page);
    await shoot(page, "paper-from-fund");

    // The committee adopts it with the proposed effect.
    const resolution = page.getByTestId("resolution-form");
    await expect(resolution.getByLabel("Gremium", { exact: true })).toHaveValue(social);
    const proposed = resolution.getByLabel(
      "Wirkung aus der Vorlage: Zweckbindung von „Mittel für Sprachkurse 2024“ geändert: Sprache und Bildung",
    );
    await expect(proposed).toBeChecked();
    await resolution.getByLabel("Beschlossen am").fill("20.06.2024");
    await resolution.getByRole("button", { name: "Beschluss erfassen" }).click();
    await expect(
      page.getByText("Der Beschluss ist erfasst; seine Wirkungen sind angewandt."),
    ).toBeVisible();

    // The purpose is widened: the language courses and the whole field from today.
    await kurs.open(`/haushalt/${million.id}`);
    const purpose = page
      .getByRole("heading", { name: "Zweckbindung", exact: true })
      .locator("xpath=following-sibling::ul[1]");
    await expect(purpose).toContainText("Sprache und Bildung ab 20.06.2024");

    // Follow-ups on the committee's page: Kurs's is done; a manual one is added and closed.
    await kurs.open(`/gremien/gremium/${social}`);
    const section = page.getByRole("region", { name: "Umsetzung der Beschlüsse" });
    await section.getByLabel(/Auch/).check();
    const automatic = section.getByTestId("follow-up").filter({ hasText: automaticTitle });
    await expect(automatic).toContainText("erledigt am 20.06.2024");
    await expect(automatic).toContainText("von Kurs umgesetzt");
    await section.getByText("Aufgabe zur Umsetzung hinzufügen").click();
    const add = section.getByTestId("follow-up-form");
    await add.getByLabel("Was ist zu tun?").fill("Kursträger informieren");
    await add.getByLabel(/Zuständig/).fill("Koordinierungsstelle Migration und Teilhabe");
    await add.getByLabel(/Fällig bis/).fill("31.07.2024");
    await add.getByRole("button", { name: "Aufgabe anlegen" }).click();
    await expect(section.getByText("Die Aufgabe ist angelegt.")).toBeVisible();
    const manual = section.getByTestId("follow-up").filter({ hasText: "Kursträger informieren" });
    await expect(manual).toContainText("offen");
    await manual.getByLabel("Stand").selectOption({ label: "erledigt" });
    await manual.getByRole("button", { name: "Stand speichern" }).click();
    await expect(manual).toContainText("erledigt am 20.06.2024");

    // The next report (for the September meeting) lists both under „Umsetzung der Beschlüsse“.
    await kurs.open("/berichte");
    const duty = page.getByTestId("duty-row").filter({ hasText: "halbjährlich" });
    await expect(duty).toContainText("Vorlagenfrist 14 Tage");
    await duty
      .getByLabel("Bericht für die Sitzung")
      .selectOption({ label: "24.09.2024 – Sitzung des Sozialausschusses" });
    await duty.getByRole("button", { name: "Entwurf erzeugen" }).click();
    await expect(page).toHaveURL(/\/berichte\/entwuerfe\//);
    const preview = page.locator(".kurs-report-view");
    await expect(preview).toContainText("Umsetzung der Beschlüsse");
    await expect(preview).toContainText(automaticTitle);
    await expect(preview).toContainText("Kursträger informieren");
  });
});
