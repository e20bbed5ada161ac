import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./pages/axe";
import { CouncilPage } from "./pages/CouncilPage";

const pdf = Buffer.from("%PDF-1.4\n% Kostenplan Sprachmittlung\n");

test.describe("Vorlage bearbeiten, Anlagen und OParl", () => {
  test("edits an undecided paper, uploads an attachment, refuses a wrong type; OParl lists it", async ({
    page,
  }) => {
    const council = new CouncilPage(page);
    await council.goto();
    await council.signIn();
    const origin = new URL(page.url()).origin;
    const committees = (await (await page.request.get("/api/v1/council")).json()) as {
      committees: { id: string }[];
    };
    const created = await page.request.post("/api/v1/papers", {
      headers: { origin },
      data: {
        kind: "decision",
        title: "Sprachmittlung im Jobcenter",
        consultations: [{ committeeId: committees.committees[0]?.id, role: "decision" }],
      },
    });
    expect(created.ok()).toBe(true);
    const paper = (await created.json()) as { id: string };
    await council.open(`/gremien/vorlagen/${paper.id}`);
    await page.getByRole("heading", { level: 1, name: "Sprachmittlung im Jobcenter" }).waitFor();

    // Edit the Bezeichnung and the finanzielle Auswirkungen.
    await page.getByTestId("paper-edit-open").click();
    const edit = page.getByTestId("paper-edit-form");
    await edit
      .getByLabel("Bezeichnung")
      .fill("Sprachmittlung im Jobcenter und in der Ausländerbehörde");
    await edit.getByLabel("Finanzielle Auswirkungen").fill("40.000,00 € jährlich");
    await edit.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Sprachmittlung im Jobcenter und in der Ausländerbehörde",
      }),
    ).toBeVisible();
    // The form closes once every query has been refetched (the heading may update before).
    await expect(edit).toHaveCount(0);
    await expect(page.getByText("40.000,00 € jährlich")).toBeVisible();

    // Upload: without a file the field says so; a text file is refused; a PDF is listed.
    const form = page.getByTestId("paper-file-form");
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(form.locator("#paper-file-error")).toContainText(
      "Bitte wählen Sie eine Datei aus.",
    );
    await form.getByLabel("Datei", { exact: true }).setInputFiles({
      name: "notiz.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("nur Text"),
    });
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    await expect(form.getByText("Dieses Format wird nicht angenommen")).toBeVisible();
    await expect(page.getByText("Diese Vorlage hat keine Anlagen.")).toBeVisible();

    await form.getByLabel("Datei", { exact: true }).setInputFiles({
      name: "Kostenplan.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await form.getByLabel("Bezeichnung der Anlage").fill("Anlage 1: Kostenplan");
    await form.getByRole("button", { name: "Anlage hochladen" }).click();
    const files = page.getByTestId("paper-files");
    await expect(files).toContainText("Anlage 1: Kostenplan");
    await expect(files).toContainText("Kostenplan.pdf");
    const href = await files
      .getByRole("link", { name: "Anlage 1: Kostenplan" })
      .getAttribute("href");
    const download = await page.request.get(href ?? "");
    expect(download.ok()).toBe(true);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await expectNoAxeViolations(page);
    if (process.env.KURS_SCREENSHOTS) {
      await page.screenshot({ path: "/tmp/kurs-paper-attachments.png", fullPage: true });
    }

    // The OParl entry point leads to the paper and its file.
    const system = (await (await page.request.get("/oparl/v1")).json()) as {
      type: string;
      body: string;
    };
    expect(system.type).toBe("https://schema.oparl.org/1.1/System");
    const bodies = (await (await page.request.get(system.body)).json()) as {
      data: { paper: string }[];
    };
    const papers = (await (
      await page.request.get(`${bodies.data[0]?.paper}?limit=500`)
    ).json()) as {
      data: { name: string; auxiliaryFile?: { name: string; accessUrl: string }[] }[];
    };
    const exported = papers.data.find(
      (p) => p.name === "Sprachmittlung im Jobcenter und in der Ausländerbehörde",
    );
    expect(exported?.auxiliaryFile?.map((f) => f.name)).toEqual(["Anlage 1: Kostenplan"]);
  });
});
