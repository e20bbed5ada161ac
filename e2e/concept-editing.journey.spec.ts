import { expect, test } from "@playwright/test";
import { e2eCoordinator } from "./accounts";
import { expectNoAxeViolations, screenshotForDocs } from "./pages/axe";
import { ConceptPage } from "./pages/ConceptPage";

test.describe("Konzept fortschreiben", () => {
  test("a coordinator starts a draft, edits it and sees the changes against the adopted version", async ({
    page,
  }) => {
    // The draft page carries add, merge, remove and import forms under every item now: its axe
    // runs took 22 s on a loaded machine, close to the default 30 s.
    test.setTimeout(90_000);
    const concept = new ConceptPage(page);
    await concept.goto();
    const login = await page.request.post("/api/v1/auth/login", {
      data: e2eCoordinator,
      headers: { origin: new URL(page.url()).origin },
    });
    expect(login.ok()).toBe(true);
    await concept.goto();
    await page.getByRole("button", { name: "Neuen Entwurf anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Konzeptversion" })).toBeVisible();
    await expect(page.getByTestId("concept-diff")).toContainText("Keine Änderungen.");
    await expect(page.getByTestId("concept-version")).toContainText("Entwurf:");

    // Rename a field and give it a new Leitziel.
    const field = concept.field("Sprache und Bildung");
    await field.getByRole("button", { name: /^Bearbeiten\s*„Sprache und Bildung“$/ }).click();
    const form = field.getByTestId("draft-edit-form").first();
    await form.getByLabel("Bezeichnung").fill("Sprache, Bildung und Teilhabe");
    await form.getByLabel("Leitziel").fill("Alle können früh Deutsch lernen.");
    await form.getByRole("button", { name: "Speichern" }).click();
    const renamed = concept.field("Sprache, Bildung und Teilhabe");
    await expect(renamed).toContainText("Alle können früh Deutsch lernen.");

    // Add a recommendation to the field's first goal.
    const goal = renamed.getByTestId("goal").first();
    await goal.getByText("Handlungsempfehlung hinzufügen").click();
    const add = goal.getByTestId("add-recommendation");
    await add.getByLabel("Bezeichnung").fill("Sprachkurse für Eltern mit Kinderbetreuung");
    await add.getByRole("button", { name: "Hinzufügen" }).click();
    await expect(goal.getByTestId("recommendation").last()).toContainText(
      "Sprachkurse für Eltern mit Kinderbetreuung",
    );

    // Move the first field down; remove the last goal of the last field.
    await concept.fields
      .first()
      .getByRole("button", { name: /^Nach unten/ })
      .first()
      .click();
    await expect(concept.fields.nth(1).locator("h3")).toContainText("Ausbildung und Arbeit");
    const lastField = concept.fields.last();
    const goalsBefore = await lastField.getByTestId("goal").count();
    await lastField
      .getByTestId("goal")
      .last()
      .getByRole("button", { name: /^Herausnehmen/ })
      .first()
      .click();
    // The panel asks where measures pointing at it go (if any), then removes it.
    const panel = lastField.getByTestId("remove-panel");
    const confirm = panel.getByRole("button", { name: /herausnehmen$/ });
    await expect(confirm).toBeVisible();
    const relink = panel.getByLabel("Verweise wechseln zu");
    if (await relink.count()) await relink.selectOption({ index: 1 });
    await confirm.click();
    await expect(lastField.getByTestId("goal")).toHaveCount(goalsBefore - 1);

    const changes = page.getByTestId("concept-changes");
    await expect(changes).toContainText(
      "Handlungsfeld umbenannt von Sprache und Bildung in Sprache, Bildung und Teilhabe",
    );
    await expect(changes).toContainText("Leitziel geändert: Handlungsfeld");
    await expect(changes).toContainText(
      "Neu: Handlungsempfehlung Sprachkurse für Eltern mit Kinderbetreuung",
    );
    await expect(changes).toContainText(
      "Verschoben: Handlungsfeld Ausbildung und Arbeit von Platz 1 auf Platz 2",
    );
    await expect(changes).toContainText("Entfallen: Handlungsziel");
    await expectNoAxeViolations(page);
    await screenshotForDocs(page, "konzept-entwurf");

    // The adopted version is unchanged and offers no edit controls.
    await concept.goto();
    await expect(concept.field("Sprache und Bildung")).toBeVisible();
    await expect(page.getByTestId("draft-controls")).toHaveCount(0);
  });
});
