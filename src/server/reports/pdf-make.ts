import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The part of a pdfmake document definition Kurs uses (pdfmake 0.3 ships no types). */
export type PdfContent = string | { [key: string]: unknown } | PdfContent[];
export interface PdfDocumentDefinition {
  content: PdfContent[];
  info?: { title?: string; author?: string; subject?: string; creator?: string };
  pageSize?: string;
  pageMargins?: [number, number, number, number];
  defaultStyle?: Record<string, unknown>;
  styles?: Record<string, Record<string, unknown>>;
  footer?: (currentPage: number, pageCount: number) => PdfContent;
  /** Asked for each node after layout: true starts it on a new page (pdfmake lays out again). */
  pageBreakBefore?: (node: {
    headlineLevel?: number;
    startPosition?: { verticalRatio?: number };
  }) => boolean;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: PdfDocumentDefinition): { getBuffer(): Promise<Buffer> };
}

// pdfmake 0.3 is a CommonJS singleton: load it once through require (STACK.md).
const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake") as PdfMake;
const fontDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");

pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, "Roboto-Regular.ttf"),
    bold: join(fontDir, "Roboto-Medium.ttf"),
    italics: join(fontDir, "Roboto-Italic.ttf"),
    bolditalics: join(fontDir, "Roboto-MediumItalic.ttf"),
  },
});
// Documents are built from data only: no downloads, and no files but the bundled fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** Renders a document definition to PDF bytes. */
export async function renderPdf(definition: PdfDocumentDefinition): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
