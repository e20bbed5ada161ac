import { expect, test } from "@playwright/test";
import { sampleConceptDocx } from "../src/server/features/concept/import/sample-concept";
import { musterAdmin } from "./accounts";

/**
 * A second county starts from nothing: e2e/run.ts created "Landkreis Muster" with
 * `npm run kurs -- tenant create …` and its first admin in the same database as Rotenburg; this
 * server serves Muster (KURS_TENANT). Its admin imports the concept from a DOCX built here,
 * corrects one item, has the Kreistag adopt it, adds two measures and a fund — and no list
 * route shows anything of Rotenburg.
 */
test.describe("Landkreis Muster starts with its own concept", () => {
  test("import, correct, adopt by the Kreistag, two measures and a fund; Rotenburg stays invisible", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto("/anmelden");
    await page.locator("#login-email").fill(musterAdmin.email);
    await page.locator("#login-password").fill(musterAdmin.password);
    await page.locator("main button[type=submit]").click();
    await expect(page.locator("nav.kurs-session")).toContainText(/Abmelden/);
    const origin = new URL(page.url()).origin;

    // An empty county: no concept yet.
    await page.goto("/konzept");
    await expect(page.locator("main")).not.toContainText("Rotenburg");
    const importSection = page.getByTestId("concept-import");
    await importSection.getByLabel(/^Datei/).setInputFiles({
      name: "Integrationskonzept-Muster.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await sampleConceptDocx(),
    });
    await expect(importSection.getByTestId("import-preview")).toContainText(
      "Gelesen: 4 Handlungsfelder, 12 Handlungsziele, 30 Handlungsempfehlungen.",
    );
    await importSection
      .getByLabel(/^Titel des Entwurfs/)
      .fill("Integrationskonzept Landkreis Muster");
    await importSection.getByRole("button", { name: "Als neuen Entwurf importieren" }).click();
    await expect(page).toHaveURL(/\/konzept\/versionen\//);
    await expect(page.getByTestId("concept-field")).toHaveCount(4);
    await expect(page.getByTestId("goal")).toHaveCount(12);
    await expect(page.getByTestId("recommendation")).toHaveCount(30);

    // Correct one item in the draft.
    const field = page
      .getByTestId("concept-field")
      .filter({ has: page.getByRole("heading", { level: 3, name: "Wohnen und Zusammenleben" }) });
    await field.getByRole("button", { name: /^Bearbeiten\s*„Wohnen und Zusammenleben“$/ }).click();
    const form = field.getByTestId("draft-edit-form").first();
    await form.getByLabel("Bezeichnung").fill("Wohnen, Nachbarschaft und Ehrenamt");
    await form.getByRole("button", { name: "Speichern" }).click();
    await expect(
      page.getByRole("heading", { level: 3, name: "Wohnen, Nachbarschaft und Ehrenamt" }),
    ).toBeVisible();

    // The Kreistag adopts it (its paper is entered through the API, the resolution in the form).
    const council = (await (await page.request.get("/api/v1/council")).json()) as {
      committees: { id: string; name: string }[];
    };
    const kreistag = council.committees.find((c) => c.name === "Kreistag");
    expect(kreistag).toBeTruthy();
    const resolution = page.getByTestId("resolution-form");
    const decide = async (title: string, fill: () => Promise<void>) => {
      const paper = await page.request.post("/api/v1/papers", {
        headers: { origin },
        data: {
          kind: "decision",
          title,
          proposedResolution: "Der Kreistag beschließt wie vorgeschlagen.",
          consultations: [{ committeeId: kreistag?.id, role: "decision" }],
        },
      });
      expect(paper.ok(), await paper.text()).toBe(true);
      await page.goto("/gremien");
      await page.getByRole("link", { name: title }).click();
      await resolution.getByLabel("Beschlossen am").fill("2026-03-10");
      await fill();
      await resolution.getByRole("button", { name: "Beschluss erfassen" }).click();
      await expect(
        page.getByText("Der Beschluss ist erfasst; seine Wirkungen sind angewandt."),
      ).toBeVisible();
    };
    await decide("Integrationskonzept des Landkreises Muster", async () => {
      await resolution
        .getByLabel("Einen Entwurf als neue Fassung des Integrationskonzepts beschließen")
        .check();
    });
    // A fund for the adopted concept's first field, granted by the Kreistag as well.
    await decide("Mittel für Sprachkitas 2026", async () => {
      await resolution.getByLabel("Zweckgebundene Haushaltsmittel bewilligen").check();
      await resolution.getByLabel("Bezeichnung der Mittel").fill("Mittel für Sprachkitas 2026");
      await resolution.getByLabel("Haushaltsjahr").fill("2026");
      await resolution
        .getByLabel("Zweckbindung: Handlungsfeld")
        .selectOption({ label: "1. Sprache und Bildung" });
      await resolution.getByLabel("Ansatz in Euro").fill("120.000,00");
    });
    await page.goto("/konzept");
    await expect(
      page.getByRole("heading", { level: 3, name: "Wohnen, Nachbarschaft und Ehrenamt" }),
    ).toBeVisible();

    // Two measures on recommendations of the adopted concept.
    const options = (await (await page.request.get("/api/v1/measures/options")).json()) as {
      measureTypes: { id: string }[];
      actionFields: { goals: { recommendations: { id: string }[] }[] }[];
    };
    const recs = options.actionFields.flatMap((f) => f.goals.flatMap((g) => g.recommendations));
    expect(recs).toHaveLength(30);
    for (const [i, title] of ["Sprachkita Musterstadt", "Wohnraumbörse Beispielheim"].entries()) {
      const created = await page.request.post("/api/v1/measures", {
        headers: { origin },
        data: {
          title,
          measureTypeId: options.measureTypes[0]?.id,
          recommendationIds: [recs[i * 15]?.id],
        },
      });
      expect(created.ok(), await created.text()).toBe(true);
    }
    await page.goto("/massnahmen");
    await expect(page.locator("main")).toContainText("Sprachkita Musterstadt");
    await expect(page.locator("main")).toContainText("Wohnraumbörse Beispielheim");
    await page.goto("/haushalt");
    await expect(page.locator("main")).toContainText("Mittel für Sprachkitas 2026");

    // Rotenburg's data stay invisible through every list route of this county.
    const spec = (await (await page.request.get("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const lists = Object.entries(spec.paths)
      .filter(
        ([path, methods]) => path.startsWith("/api/v1/") && !path.includes("{") && "get" in methods,
      )
      .map(([path]) => path);
    expect(lists.length).toBeGreaterThan(20);
    for (const path of lists) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      const body = await response.text();
      for (const word of ["Rotenburg", "Zeven", "Bremervörde", "Sprachkurse 2024"])
        expect(body, `${path} shows ${word}`).not.toContain(word);
    }
  });
});
