import { describe, expect, it } from "vitest";
import { textFault } from "../../../domain/text-input";
import { renderReportDocx } from "./report-docx";
import { exampleIndicators, exampleSnapshot } from "./report-fixture";
import { reportHtmlDocument } from "./report-html";
import { renderReportPdf } from "./report-pdf";
import { unzipEntry } from "./test-tools";

/**
 * Text from before the input rule (or from an import) may hold characters
 * a format cannot carry — a backspace in an indicator's name made the chart renderer fail and the
 * DOCX of draft and final report answer 500. The renderers drop such characters instead.
 */
describe("renderers drop characters their format cannot carry", () => {
  const hostile = () => {
    const snapshot = exampleSnapshot();
    const indicators = exampleIndicators();
    if (indicators.status === "data" && indicators.items[0]) {
      indicators.items[0].name = "c2\u0008b\u0000\ud800";
    }
    snapshot.indicators = indicators;
    snapshot.title = `Bericht\u0007 ${snapshot.title}`;
    return snapshot;
  };

  it("DOCX: renders, and its XML holds no control character", async () => {
    const docx = await renderReportDocx(hostile());
    const xml = unzipEntry(docx, "word/document.xml");
    expect(xml).toContain("c2b");
    expect(textFault(xml)).toBeNull();
  });

  it("PDF and HTML render too", async () => {
    const pdf = await renderReportPdf(hostile());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(textFault(reportHtmlDocument(hostile()))).toBeNull();
  });
});
