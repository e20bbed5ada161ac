import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");

/** The fonts the SVG's text is drawn with: without them resvg drops every label. */
const fontFiles = ["Roboto-Regular.ttf", "Roboto-Medium.ttf", "Roboto-Italic.ttf"].map((file) =>
  join(fontDir, file),
);

/**
 * Rasterises a chart SVG to PNG (for DOCX, which wants bitmaps) at `scale` times its size, with
 * the same Roboto fonts the PDFs embed, so labels look alike in every format.
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Roboto" },
    background: "white",
  });
  return resvg.render().asPng();
}
