import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reportBlocks, reportFileName } from "./report-document";
import { renderReportDocx } from "./report-docx";
import { exampleMeasure, exampleMeasureReport, exampleSnapshot } from "./report-fixture";
import { reportHtmlDocument, reportHtmlFragment, reportStyleCsp } from "./report-html";
import { renderReportPdf } from "./report-pdf";
import { pdfToText, unzipEntry } from "./test-tools";

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the report's per-measure section", () => {
  it("tells each measure with its Sachstand, dated light, milestones, money and recommendation", async () => {
    const snapshot = exampleSnapshot();
    const pdf = flat(pdfToText(await renderReportPdf(snapshot)));
    const html = reportHtmlFragment(snapshot);
    for (const text of [pdf, flat(html.replace(/<[^>]+>/g, " "))]) {
      expect(text).toContain("Stand der Maßnahmen");
      expect(text).toContain(
        "Sachstand vom 20.11.2024 (Volkshochschule (Beispiel)): „Zwei Kurse laufen mit 14 Teilnehmenden",
      );
      expect(text).toContain("gelb (Stand 20.11.2024)");
      expect(text).toContain("grün – veraltet (Stand 01.03.2024)");
      expect(text).toContain("Dritter Kurs gestartet (fällig 01.12.2024, versäumt)");
      expect(text).toContain("gebunden 12.345,67 €, gezahlt 50.000,00 €");
      expect(text).toContain("Handlungsempfehlung 1.1.1: Sprachkurse wohnortnah anbieten");
      expect(text).toContain("(nur gezählt): 1 geplant, 1 in Umsetzung");
      expect(text).toContain("1 weitere sind nicht öffentlich");
      expect(text).toContain("Sitzung am 12.03.2025");
    }
  });

  it("names the issuer once at the top of the DOCX (no header repeating it)", async () => {
    const docx = await renderReportDocx(exampleSnapshot());
    const body = unzipEntry(docx, "word/document.xml");
    expect(body.split("Landkreis Rotenburg (Wümme)</w:t>").length - 1).toBe(1);
    // Headings and lead-ins keep with the next paragraph.
    expect(body).toContain("<w:keepNext/>");
  });

  it("adds a table of contents only when the report runs beyond a few pages", () => {
    expect(reportBlocks(exampleSnapshot()).some((b) => b.kind === "toc")).toBe(false);
    const many = exampleMeasureReport();
    const first = many.fields[0];
    if (!first) throw new Error("fixture");
    first.goals[0] = {
      title: "1.1 Viele Maßnahmen",
      measures: Array.from({ length: 30 }, (_, i) =>
        exampleMeasure({ id: `m${i}`, title: `Maßnahme ${i}` }),
      ),
    };
    const blocks = reportBlocks(exampleSnapshot({ measureReport: many }));
    const toc = blocks.find((b) => b.kind === "toc");
    expect(toc?.kind === "toc" && toc.entries.map((e) => e.text)).toContain("Stand der Maßnahmen");
  });

  it("names the file Sachstandsbericht_<Gremium>_<Sitzungsdatum>", () => {
    expect(reportFileName(exampleSnapshot(), "pdf")).toBe(
      "Sachstandsbericht_Ausschuss-fuer-Soziales-Arbeit-und-Gesundheit_2025-03-12.pdf",
    );
    expect(reportFileName(exampleSnapshot({ presentedOn: null }), "docx")).toBe(
      "Sachstandsbericht_Ausschuss-fuer-Soziales-Arbeit-und-Gesundheit_2024-12-31.docx",
    );
  });

  it("styles the HTML download like the public site, allowed by the style's hash", () => {
    const html = reportHtmlDocument(exampleSnapshot());
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(style).toContain("--brand: #004b76");
    expect(style).toContain(".report-facts");
    const hash = createHash("sha256").update(style).digest("base64");
    expect(reportStyleCsp).toContain(`'sha256-${hash}'`);
    expect(html.split("Landkreis Rotenburg (Wümme)").length - 1).toBe(1);
  });
});
