import { describe, expect, it } from "vitest";
import { columnWidths, textWidthTwips } from "./docx-widths";

describe("column widths of Word tables", () => {
  const header = ["Handlungsfeld", "geplant", "laufend", "abgeschlossen", "überfällig"];
  const rows = [
    ["1. Sprache und Bildung (Schwerpunkt)", "0", "3", "1", "0"],
    ["5. Gesellschaftliche Teilhabe", "4", "7", "1", "0"],
  ];

  it("fill the text width exactly, in whole twips", () => {
    const widths = columnWidths(header, rows, { pointSize: 9 });
    expect(widths.reduce((s, w) => s + w, 0)).toBe(textWidthTwips);
    for (const w of widths) expect(Number.isInteger(w)).toBe(true);
  });

  it("give every column at least its longest word, and the long text column the most", () => {
    const widths = columnWidths(header, rows, { pointSize: 9 });
    // 13 letters of "abgeschlossen" in bold 9 pt Arial: about 13 × 1.08 × 101 twips + margins.
    expect(widths[3]).toBeGreaterThan(13 * 1.08 * 9 * 20 * 0.56);
    expect(widths[0]).toBeGreaterThan(widths[1] as number);
    expect(widths[0]).toBe(Math.max(...widths));
  });

  it("keep an amount of money whole in a numeric column", () => {
    const widths = columnWidths(
      ["Mittel", "Jahr", "bewilligt", "gebunden", "gezahlt", "frei"],
      [
        [
          "Mittel für Sprachkurse 2024",
          "2024",
          "1.000.000,00 €",
          "12.345,67 €",
          "50.000,00 €",
          "937.654,33 €",
        ],
      ],
      { numeric: [false, true, true, true, true, true], pointSize: 9 },
    );
    // "1.000.000,00 €" is 14 characters and must not wrap at its space.
    expect(widths[2]).toBeGreaterThan(14 * 9 * 20 * 0.56);
    // As text (not numeric) only its longest part would count.
    const asText = columnWidths(
      ["Mittel", "bewilligt"],
      [["Mittel für Sprachkurse 2024", "1.000.000,00 €"]],
      { pointSize: 9, total: 3000 },
    );
    expect(asText.reduce((s, w) => s + w, 0)).toBe(3000);
  });

  it("share the width by longest words when even those do not fit", () => {
    const long = Array.from({ length: 12 }, (_, i) => `Spaltenüberschrift${i}`);
    const widths = columnWidths(long, [], { pointSize: 11 });
    expect(widths.reduce((s, w) => s + w, 0)).toBe(textWidthTwips);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(textWidthTwips);
  });
});
