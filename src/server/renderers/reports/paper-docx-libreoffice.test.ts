import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { germanPaperLabels } from "./paper-document";
import { renderPaperDocx } from "./paper-docx";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find(
  (path) => existsSync(path),
);
if (!soffice) {
  console.warn(
    "\n*** LibreOffice (soffice) fehlt: der Test 'Vorlage als DOCX öffnet in LibreOffice' wird ÜBERSPRUNGEN. ***\n",
  );
}

/** The paper's DOCX must open in LibreOffice: convert it to PDF and read it back. */
describe.skipIf(!soffice)("paper DOCX in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kurs-docx-lo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("soffice --headless --convert-to pdf succeeds and the PDF holds Bezeichnung, umlauts and €", async () => {
    const bytes = await renderPaperDocx({
      issuer: "Landkreis Rotenburg (Wümme)",
      kindLabel: "Beschlussvorlage",
      reference: "2025/017",
      date: "03.02.2025",
      leadUnit: "Koordinierungsstelle Migration und Teilhabe",
      title: "Förderung von Sprachkursen für Geflüchtete",
      statementOfFacts:
        "Die Nachfrage übersteigt das Angebot. Der Kreistag hat 1.000.000 € bereitgestellt.",
      proposedResolution:
        "Der Ausschuss empfiehlt, die Mittel für das gesamte Handlungsfeld zu öffnen.",
      financialImpact: "250.000,00 € aus Produkt 31.10.",
      consultations: [
        {
          committee: "Ausschuss für Soziales",
          meeting: "–",
          role: "Vorberatung",
          outcome: "offen",
        },
        { committee: "Kreisausschuss", meeting: "–", role: "Entscheidung", outcome: "offen" },
      ],
      labels: germanPaperLabels,
    });
    const docx = join(dir, "vorlage.docx");
    writeFileSync(docx, bytes);
    // A profile of its own, so a LibreOffice running elsewhere on the machine does not interfere.
    const run = spawnSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        docx,
      ],
      { timeout: 120_000, encoding: "utf8" },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const pdf = join(dir, "vorlage.pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8");
    for (const expected of [
      "Förderung von Sprachkursen für Geflüchtete",
      "Sachverhalt",
      "1.000.000 €",
      "Beschlussvorschlag",
      "Finanzielle Auswirkungen",
      "Beratungsfolge",
      "Kreisausschuss",
    ]) {
      expect(text).toContain(expected);
    }
  }, 180_000);
});
