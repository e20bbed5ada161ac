import { describe, expect, it } from "vitest";
import { formatEuro as euro } from "../../../domain/money";
import { germanDate } from "./german-format";
import { renderReportDocx } from "./report-docx";
import { exampleIndicators, exampleSnapshot } from "./report-fixture";
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

  it("draws each indicator's series against its target from the snapshot into HTML, PDF and DOCX", async () => {
    const snapshot = exampleSnapshot({ indicators: exampleIndicators() });
    const html = reportHtmlFragment(snapshot);
    const figures = [...html.matchAll(/<figure class="report-chart">([\s\S]*?)<\/figure>/g)];
    expect(figures).toHaveLength(3);
    const first = figures[0]?.[1] ?? "";
    expect(first).toContain(
      "<figcaption>Abbildung 1: B1-Prüfungen bestanden – Ist und Ziel 2023–2024</figcaption>",
    );
    expect(first).toMatch(
      /alt="Liniendiagramm „B1-Prüfungen bestanden“: [^"]*Ziel: 2023 30,00, 2024 40,00\./,
    );
    expect(first).toContain("Stand im Jahr (3. Quartal 2024): 26,00.");
    expect(figures[2]?.[1]).toContain("2 Werte sind aus Datenschutzgründen nicht gezeigt.");
    // The image is the chart of the snapshot's figures: its value labels and its title.
    const svg = Buffer.from(
      /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(first)?.[1] ?? "",
      "base64",
    ).toString("utf8");
    expect(svg).toContain(">B1-Prüfungen bestanden</text>");
    expect(svg).toContain(">32</text>");
    expect(svg).not.toMatch(/style=|<script/);

    const pdfText = pdfToText(await renderReportPdf(snapshot));
    expect(pdfText).toContain(
      "Abbildung 2: Wartezeit auf einen Sprachkurs – Ist und Ziel 2023–2024",
    );
    // The chart is a picture (Figure with its alternative text: pdf-accessibility.test.ts).

    const docx = await renderReportDocx(snapshot);
    const documentXml = unzipEntry(docx, "word/document.xml");
    expect(documentXml.match(/<pic:pic /g)).toHaveLength(3);
    expect(documentXml).toContain('descr="Liniendiagramm „Wartezeit auf einen Sprachkurs“');
    expect(documentXml).toContain("Abbildung 3: Teilnehmende in Erstorientierungskursen");
    expect(unzipEntry(docx, "word/media/*").slice(1, 4)).toBe("PNG");
  });

  it("renders a snapshot with charts twice to identical HTML, document text and images", async () => {
    const snapshot = exampleSnapshot({ indicators: exampleIndicators() });
    expect(reportHtmlDocument(snapshot)).toBe(reportHtmlDocument(structuredClone(snapshot)));
    const [pdfA, pdfB] = [await renderReportPdf(snapshot), await renderReportPdf(snapshot)];
    expect(pdfToText(pdfA)).toBe(pdfToText(pdfB));
    const [docA, docB] = [await renderReportDocx(snapshot), await renderReportDocx(snapshot)];
    expect(unzipEntry(docA, "word/document.xml")).toBe(unzipEntry(docB, "word/document.xml"));
    expect(unzipEntry(docA, "word/media/*")).toBe(unzipEntry(docB, "word/media/*"));
  });

  it("draws no chart for an indicator without chart figures (snapshots frozen before charts)", () => {
    const indicators = exampleIndicators();
    if (indicators.status === "data") for (const item of indicators.items) delete item.chart;
    const html = reportHtmlFragment(exampleSnapshot({ indicators }));
    expect(html).toContain("Kennzahlen und Zielwerte");
    expect(html).not.toContain("<figure");
  });

  it("escapes the office's text in HTML and keeps headings below the page's h1", () => {
    const html = reportHtmlFragment(exampleSnapshot({ introText: '<script>alert("x")</script>' }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h3 id="abschnitt-sachverhalt">Sachverhalt</h3>');
    expect(html).toContain(
      "<caption>Mittel je Haushaltsansatz (bewilligt = gebunden + gezahlt + gesperrt + verfallen + frei)</caption>",
    );
  });

  it("prints a Sachstand longer than a page in full", async () => {
    const snapshot = exampleSnapshot();
    const measure = snapshot.measureReport?.fields[0]?.goals[0]?.measures[0];
    if (!measure?.update) throw new Error("fixture without a Sachstand");
    measure.update.text = Array.from(
      { length: 400 },
      (_, i) => `Satz Nr. ${i + 1} des Sachstands.`,
    ).join(" ");
    const text = pdfToText(await renderReportPdf(snapshot)).replace(/\s+/g, " ");
    expect(text).toContain("Satz Nr. 1 des Sachstands.");
    expect(text).toContain("Satz Nr. 400 des Sachstands.");
    // The sections after it are there as well.
    expect(text).toContain("Finanzen");
  });

  it("names at most ten measures in a field's running lists, and how many more there are", async () => {
    const snapshot = exampleSnapshot();
    const field = snapshot.actionFields[0];
    if (!field) throw new Error("fixture without fields");
    field.overdue = Array.from({ length: 400 }, (_, i) => `Überfällige Maßnahme Nr. ${i + 1}`);
    const text = pdfToText(await renderReportPdf(snapshot)).replace(/\s+/g, " ");
    expect(text).toContain("Überfällige Maßnahme Nr. 10 und 390 weitere (insgesamt 400)");
    expect(text).not.toContain("Überfällige Maßnahme Nr. 11");
  });
});
