import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";
import type * as Resvg from "@resvg/resvg-js";
import type { RenderedImage } from "@resvg/resvg-js";
import { lazyRequire } from "../../platform/lazy-require";

const resvg = lazyRequire<typeof Resvg>("@resvg/resvg-js");

import { pdfFonts } from "../fonts/pdf-fonts";
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
  const drawn = rasterised.get(key, () => resvg().renderAsync(svg, options(scale)).then(opaquePng));
  // A failed drawing is not kept: the next document tries again.
  drawn.catch(() => rasterised.forget(key));
  return drawn;
}

/** Forgets every remembered picture (benchmarks measure drawing them afresh). */
export function forgetPictures(): void {
  rasterised.clear();
}

const deflated = promisify(deflate);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The picture as an RGB PNG without alpha channel (the charts are drawn on white). PDFKit embeds
 * such a PNG's data as it is, quickly and always alike; with an alpha channel it splits the
 * channels asynchronously, and several pictures in one PDF then came out in varying order.
 */
async function opaquePng(image: RenderedImage): Promise<Buffer> {
  const { width, height } = image;
  const rgba = image.pixels;
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0, o = 0; y < height; y++) {
    rows[o++] = 0; // filter: none
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      rows[o++] = rgba[i] as number;
      rows[o++] = rgba[i + 1] as number;
      rows[o++] = rgba[i + 2] as number;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", await deflated(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
