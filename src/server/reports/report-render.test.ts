import { describe, expect, it } from "vitest";
import { euro, germanDate } from "./german-format";
import { renderReportDocx } from "./report-docx";
import { exampleSnapshot } from "./report-fixture";
import { reportHtmlDocument, reportHtmlFragment } from "./report-html";
import { renderReportPdf } from "./report-pdf";
import { pdfToText, unzipEntry } from "./test-tools";

describe("committee report rendering (pure functions of the snapshot)", () => {
  it("formats money and dates the German way, independent of ICU", () => {
    expect(euro(100_000_000)).toBe("1.000.000,00\u00a0€");
    expect(euro(-5)).toBe("-0,05\u00a0€");
    expect(germanDate("2024-07-01")).toBe("01.07.2024");
  });

  it("renders the same snapshot twice to identical HTML and identical document text", async () => {
    const snapshot = exampleSnapshot();
    expect(reportHtmlDocument(snapshot)).toBe(reportHtmlDocument(structuredClone(snapshot)));
    const [pdfA, pdfB] = [await renderReportPdf(snapshot), await renderReportPdf(snapshot)];
    expect(pdfToText(pdfA)).toBe(pdfToText(pdfB));
    const [docA, docB] = [await renderReportDocx(snapshot), await renderReportDocx(snapshot)];
    expect(unzipEntry(docA, "word/document.xml")).toBe(unzipEntry(docB, "word/document.xml"));
  });

  it("holds the Mitteilungsvorlage sections, the focus, the money and the empty indicator section", async () => {
    const text = pdfToText(await renderReportPdf(exampleSnapshot()));
    for (const heading of [
      "Mitteilungsvorlage",
      "Bezeichnung",
      "Sachverhalt",
      "Finanzen",
      "Personal",
      "Kennzahlen",
      "Seit dem letzten Bericht",
      "Beschlussvorschlag",
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/Schwerpunkt ist das Handlungsfeld\s+„Sprache und Bildung“/);
    expect(text).toContain("1.000.000,00 €");
    expect(text).toContain("12.345,67 €");
    expect(text).toContain("Noch keine Kennzahlen erfasst.");
    expect(text).toContain("Landkreis Rotenburg (Wümme)");
    expect(text).toMatch(/Seite 1 von \d/);
  });

  it("renders the indicator section with values, targets and lights; a withheld value as a dash", () => {
    const snapshot = exampleSnapshot();
    snapshot.indicators = {
      status: "data",
      items: [
        { name: "B1-Prüfungen bestanden", unit: null, value: 26, target: 40, light: "green" },
        { name: "Kleine Fallzahl", unit: null, value: null, target: 40, light: "red" },
      ],
    };
    const html = reportHtmlFragment(snapshot);
    expect(html).toContain("Kennzahlen und Zielwerte");
    expect(html).toContain("B1-Prüfungen bestanden");
    expect(html).toContain("26,00");
    expect(html).toMatch(/Kleine Fallzahl<\/t[hd]>\s*<td[^>]*>–/);
    expect(html).not.toContain("Noch keine Kennzahlen erfasst.");
    expect(reportHtmlDocument(snapshot)).toBe(reportHtmlDocument(structuredClone(snapshot)));
  });

  it("escapes the office's text in HTML and keeps headings below the page's h1", () => {
    const html = reportHtmlFragment(exampleSnapshot({ introText: '<script>alert("x")</script>' }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h3>Sachverhalt</h3>");
    expect(html).toContain("<caption>Mittel je Haushaltsansatz</caption>");
  });
});
