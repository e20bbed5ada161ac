import { packageFile } from "../../platform/package-root";

/**
 * The fonts of Kurs's PDFs and chart pictures, committed beside this file in src/server/renderers/fonts
 * (licences in its README): embedded as subsets with a Unicode map, as PDF/UA requires, so text can be copied
 * and read aloud. Roboto sets German text (umlauts, ß, €); DejaVu Sans stands in for text in a
 * script Roboto lacks (Arabic, Persian).
 */
const fontFile = (name: string) => packageFile("src/server/renderers/fonts", name);

export const pdfFonts = {
  regular: fontFile("Roboto-Regular.ttf"),
  bold: fontFile("Roboto-Medium.ttf"),
  italic: fontFile("Roboto-Italic.ttf"),
  fallback: fontFile("DejaVuSans.ttf"),
} as const;

export type PdfFontName = keyof typeof pdfFonts;

/** Arabic-script letters (Arabic, Persian, their presentation forms): Roboto has none. */
const beyondRoboto = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** The font that has the glyphs for `text` in the wanted weight. */
export function fontFor(text: string, weight: "regular" | "bold" | "italic"): PdfFontName {
  return beyondRoboto.test(text) ? "fallback" : weight;
}
