import { renderAsync } from "@resvg/resvg-js";
import { pdfFonts } from "../reports/pdf-fonts";
import { BoundedMemo, digest } from "./bounded-memo";

/**
 * The fonts the SVG's text is drawn with: without them resvg drops every label. The charts set
 * text upright in regular and bold weight (Medium stands in for bold, as in the PDFs); resvg
 * loads the files for every picture, so no others are listed.
 */
const fontFiles = [pdfFonts.regular, pdfFonts.bold];

const options = (scale: number) => ({
  fitTo: { mode: "zoom" as const, value: scale },
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Roboto" },
  background: "white",
});

/** About 100 KB each: a large county's report has 60 charts. */
const rasterised = new BoundedMemo<Promise<Buffer>>(160);

/**
 * Rasterises a chart SVG to PNG (for DOCX, which wants bitmaps) at `scale` times its size, with
 * the same Roboto fonts the PDFs embed, so labels look alike in every format. Drawn on libuv's
 * thread pool (the event loop stays free, and several charts are drawn at once on several
 * cores) and remembered for the next document.
 */
export function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const key = `${scale}:${digest(svg)}`;
  const drawn = rasterised.get(key, () =>
    renderAsync(svg, options(scale)).then((image) => image.asPng()),
  );
  // A failed drawing is not kept: the next document tries again.
  drawn.catch(() => rasterised.forget(key));
  return drawn;
}

/** Forgets every remembered picture (benchmarks measure drawing them afresh). */
export function forgetPictures(): void {
  rasterised.clear();
}
