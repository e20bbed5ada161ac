import type PDFKitDocument from "pdfkit";
import { lazyRequire } from "../../platform/lazy-require";

const pdfkit = lazyRequire<typeof PDFKitDocument>("pdfkit");

import { fontFor, pdfFonts } from "../fonts/pdf-fonts";

/**
 * Kurs's one PDF writer (PDFKit): a tagged PDF following PDF/UA-1. Everything drawn is either
 * content of a structure element, in reading order (H1–H4, P, L/LI, Table/TR/TH/TD, Figure with
 * alternative text, TOC/TOCI), or an artifact (rules, shading, repeated table headers, the
 * footer with its page numbers). Headings become bookmarks; the document language, the title
 * (shown as the window title) and the embedded fonts with their Unicode maps are set. Papers and
 * committee reports are drawn with it (paper-pdf.ts, report-pdf.ts).
 */

export const page = { width: 595.28, height: 841.89, left: 70, right: 60, top: 60, bottom: 60 };
export const textWidth = page.width - page.left - page.right;
const bottomY = page.height - page.bottom;

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. "de-DE". */
  lang: string;
  /** CreationDate (and ModDate): the data's date, so the same data gives the same bytes. */
  created: Date;
}

export type Weight = "regular" | "bold" | "italic";
export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
}

export const body: TextStyle = { size: 10.5 };
const lineGap = (size: number) => size * 0.3;

/**
 * A table: header row (TH, scope column) and body rows (TD; TH with scope row where asked). No
 * header row for label/value pairs (`header: []`, `rowHeaders`).
 */
export interface PdfTable {
  header: string[];
  rows: string[][];
  numeric?: boolean[];
  /** Column widths in points; "*" shares what is left. Default: first "*", the rest to fit. */
  widths?: (number | "*" | "auto")[];
  size?: number;
  /** Shaded header row with rules between rows (default), or label/value pairs without rules. */
  look?: "ruled" | "plain";
  /** The first cell of each row is the row's header (TH, scope row). */
  rowHeaders?: boolean;
  /** Shown when there are no rows. */
  empty?: string;
}

type Struct = PDFKit.PDFStructureElement;
/** Options PDFKit takes but its types do not list (Scope of header cells, the figure's box). */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: "Row" | "Column";
  bbox?: [number, number, number, number];
  placement?: "Block";
};

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly outlines: PDFKit.PDFOutline[] = [];
  /** Page (1-based) of every heading drawn, in order (for the table of contents). */
  readonly headingPages: number[] = [];

  constructor(meta: PdfMeta) {
    // PDFKit's types lack the "PDF/UA" subset it supports.
    const options = {
      size: "A4",
      margins: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
      pdfVersion: "1.7",
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      subset: "PDF/UA",
      bufferPages: true,
      info: {
        // PDFKit writes these into the XMP metadata unescaped.
        Title: xmlSafe(meta.title),
        Author: xmlSafe(meta.author),
        Subject: xmlSafe(meta.subject),
        Creator: "Kurs",
        Producer: "Kurs (PDFKit)",
        CreationDate: meta.created,
        ModDate: meta.created,
      },
    };
    this.doc = new (pdfkit())(options as unknown as PDFKit.PDFDocumentOptions);
    for (const [name, file] of Object.entries(pdfFonts)) this.doc.registerFont(name, file);
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  get pageNumber(): number {
    return this.doc.bufferedPageRange().count;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Room left on this page. */
  get room(): number {
    return bottomY - this.doc.y;
  }

  atPageTop(): boolean {
    return this.doc.y <= page.top + 0.5;
  }

  gap(points: number): void {
    if (!this.atPageTop()) this.doc.y = Math.min(this.doc.y + points, bottomY);
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` still fits on this one (or this one is empty). */
  ensure(height: number): void {
    if (height > this.room && !this.atPageTop()) this.newPage();
  }

  private font(text: string, style: TextStyle): void {
    this.doc
      .font(fontFor(text, style.weight ?? "regular"))
      .fontSize(style.size)
      .fillColor(style.color ?? "#000000");
  }

  /** Height of `text` set in `style` over `width`. */
  height(text: string, style: TextStyle, width = textWidth): number {
    if (!text) return style.size * 1.2;
    this.font(text, style);
    return this.doc.heightOfString(text, { width, lineGap: lineGap(style.size) });
  }

  /** Draws text at the current position; PDFKit carries it over to the next page if need be. */
  private write(
    text: string,
    style: TextStyle,
    box: { x?: number; y?: number; width?: number; align?: "left" | "right" } = {},
  ): void {
    this.font(text, style);
    this.doc.text(text, box.x ?? page.left, box.y ?? this.doc.y, {
      width: box.width ?? textWidth,
      align: box.align ?? "left",
      lineGap: lineGap(style.size),
    });
  }

  /** A structure element under `parent` whose content is what `draw` puts on the page. */
  private element(
    type: string,
    draw: (() => void) | null,
    options: ElementOptions = {},
    parent = this.root,
  ) {
    const element = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
    parent.add(element);
    if (draw) element.add(draw);
    return element;
  }

  /** Drawing that is not content (rules, shading, repeated headers, page furniture). */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  heading(level: 1 | 2 | 3 | 4, text: string, style: TextStyle): void {
    this.headingPages.push(this.pageNumber);
    const parent =
      level === 1
        ? this.doc.outline
        : (this.outlines.slice(0, level - 1).findLast(Boolean) ?? this.doc.outline);
    this.outlines[level - 1] = parent.addItem(text);
    this.outlines.length = level;
    this.element(`H${level}`, () => this.write(text, style)).end();
  }

  paragraph(text: string, style: TextStyle = body): void {
    this.element("P", () => this.write(text, style)).end();
  }

  /** A bulleted list: L › LI › Lbl (the bullet) + LBody. */
  list(items: string[], style: TextStyle = body): void {
    const list = this.element("L", null);
    const indent = 12;
    for (const item of items) {
      this.ensure(Math.min(this.height(item, style, textWidth - indent), 2.6 * style.size));
      const li = this.element("LI", null, {}, list);
      const y = this.doc.y;
      this.element("Lbl", () => this.write("•", style, { y, width: indent }), {}, li).end();
      this.doc.y = y;
      this.element(
        "LBody",
        () => this.write(item, style, { x: page.left + indent, y, width: textWidth - indent }),
        {},
        li,
      ).end();
      li.end();
    }
    list.end();
  }

  /** A picture with its alternative text (Figure /Alt), `width` × `height` points. */
  figure(png: Buffer | null, width: number, height: number, alt: string): void {
    const x = page.left;
    const y = this.doc.y;
    this.element(
      "Figure",
      () => {
        if (png) this.doc.image(png, x, y, { width, height });
      },
      { alt, bbox: [x, y, x + width, y + height], placement: "Block" },
    ).end();
    this.doc.y = y + height;
  }

  /** Contents: each entry's text and page, as TOC › TOCI. */
  toc(entries: { level: number; text: string; page: number | null }[], style: TextStyle): void {
    const toc = this.element("TOC", null);
    for (const e of entries) {
      const indent = e.level > 2 ? 12 : 0;
      const number = e.page === null ? "" : String(e.page);
      this.ensure(this.height(e.text, style, textWidth - indent - 40));
      const y = this.doc.y;
      this.element(
        "TOCI",
        () => {
          this.write(e.text, style, { x: page.left + indent, y, width: textWidth - indent - 40 });
          const after = this.doc.y;
          this.write(number, style, {
            x: page.left + textWidth - 40,
            y,
            width: 40,
            align: "right",
          });
          this.doc.y = Math.max(after, this.doc.y);
        },
        {},
        toc,
      ).end();
    }
    toc.end();
  }

  table(t: PdfTable): void {
    const size = t.size ?? body.size;
    const ruled = (t.look ?? "ruled") === "ruled";
    const numeric = t.numeric ?? [];
    const rows = t.rows.length ? t.rows : [[t.empty ?? "–", ...t.header.slice(1).map(() => "")]];
    const columns = (rows[0] ?? t.header).length;
    // Wide tables (the funds: eight columns) get less air between columns.
    const air = columns >= 6 ? 4 : 8;
    const pad = (i: number) => ({
      left: ruled ? (i === 0 ? 0 : air) : 4,
      right: ruled ? (i === columns - 1 ? 0 : air) : 4,
    });
    const widths = this.columnWidths(
      t,
      rows,
      size,
      Array.from({ length: columns }, (_, i) => pad(i).left + pad(i).right),
    );
    const padY = ruled ? 2 : 2;
    const headStyle: TextStyle = { size, weight: "bold" };
    const bodyStyle = (i: number): TextStyle => ({
      size,
      weight: t.rowHeaders && i === 0 ? "bold" : "regular",
    });
    const heightOf = (cells: string[], styleOf: (i: number) => TextStyle) =>
      Math.max(
        ...cells.map((c, i) => {
          const p = pad(i);
          return this.height(c, styleOf(i), (widths[i] ?? 0) - p.left - p.right);
        }),
      ) +
      2 * padY;
    const headHeight = t.header.length ? heightOf(t.header, () => headStyle) : 0;
    const table = this.element("Table", null);

    const drawRow = (cells: string[], kind: "head" | "body" | "repeat", rowHeight: number) => {
      const y = this.doc.y;
      if (kind !== "body" && ruled)
        this.artifact(() => {
          this.doc.rect(page.left, y, textWidth, rowHeight).fill("#e8ebf0");
        });
      const drawCells = (parent: Struct | null) => {
        let x = page.left;
        cells.forEach((text, i) => {
          const w = widths[i] ?? 0;
          const p = pad(i);
          const header = kind !== "body" || (t.rowHeaders && i === 0);
          const style = kind === "body" ? bodyStyle(i) : headStyle;
          const draw = () =>
            this.write(text, style, {
              x: x + p.left,
              y: y + padY,
              width: w - p.left - p.right,
              align: numeric[i] ? "right" : "left",
            });
          if (parent)
            this.element(
              header ? "TH" : "TD",
              draw,
              header ? { scope: kind === "body" ? "Row" : "Column" } : {},
              parent,
            ).end();
          else draw();
          x += w;
        });
      };
      if (kind === "repeat") this.artifact(() => drawCells(null), "Pagination");
      else {
        const tr = this.element("TR", null, {}, table);
        drawCells(tr);
        tr.end();
      }
      if (ruled)
        this.artifact(() => {
          const line = y + rowHeight;
          this.doc
            .moveTo(page.left, line)
            .lineTo(page.left + textWidth, line)
            .lineWidth(kind === "body" ? 0.6 : 1.2)
            .strokeColor(kind === "body" ? "#aaaaaa" : "#000000")
            .stroke();
        });
      this.doc.y = y + rowHeight;
    };

    // The header row stays with the first body row.
    const firstHeight = heightOf(rows[0] ?? [], bodyStyle);
    const withHeader = t.header.length > 0;
    this.ensure((withHeader ? headHeight : 0) + Math.min(firstHeight, 80));
    if (withHeader) drawRow(t.header, "head", headHeight);
    for (const row of rows) {
      const rowHeight = heightOf(row, bodyStyle);
      if (rowHeight > this.room && !this.atPageTop()) {
        this.newPage();
        // The header row again on every page the table runs onto (a repetition: an artifact).
        if (ruled && withHeader) drawRow(t.header, "repeat", headHeight);
      }
      drawRow(row, "body", rowHeight);
    }
    table.end();
    this.doc.x = page.left;
  }

  /**
   * Column widths with their padding. A number is the text's width (as in pdfmake); "auto"
   * columns get their widest cell if there is room, else at least their longest word; "*"
   * columns share the rest.
   */
  private columnWidths(t: PdfTable, rows: string[][], size: number, padding: number[]): number[] {
    const spec = t.widths ?? (rows[0] ?? t.header).map((_, i) => (i === 0 ? "*" : "auto"));
    const measure = (i: number, words: boolean) => {
      let w = 0;
      const texts: [string, "bold" | "regular"][] = [
        [t.header[i] ?? "", "bold"],
        ...rows.map((row): [string, "regular"] => [row[i] ?? "", "regular"]),
      ];
      for (const [text, font] of texts) {
        this.doc.font(font).fontSize(size);
        for (const part of words ? text.split(/[ \t\n]+/) : [text])
          w = Math.max(w, this.doc.widthOfString(part));
      }
      return w + (padding[i] ?? 0) + 0.5;
    };
    const fixed = spec.reduce<number>(
      (sum, s, i) => sum + (typeof s === "number" ? s + (padding[i] ?? 0) : 0),
      0,
    );
    const stars = spec.filter((s) => s === "*").length;
    // A "*" column keeps at least its longest word (up to a third of the width).
    const starMin = spec.reduce<number>(
      (sum, s, i) => sum + (s === "*" ? Math.min(measure(i, true), textWidth / 3) : 0),
      0,
    );
    const room = textWidth - fixed - starMin;
    const auto = spec.map((s, i) =>
      s === "auto" ? [measure(i, true), measure(i, false)] : [0, 0],
    );
    const sumMin = auto.reduce((a, [min = 0]) => a + min, 0);
    const sumMax = auto.reduce((a, [, max = 0]) => a + max, 0);
    const f = sumMax <= room ? 1 : Math.max(0, (room - sumMin) / Math.max(1, sumMax - sumMin));
    // Not even the longest words fit: every auto column gives up the same share.
    const squeeze = sumMin > room ? room / sumMin : 1;
    const widths = spec.map((s, i) => {
      if (typeof s === "number") return s + (padding[i] ?? 0);
      const [min = 0, max = 0] = auto[i] ?? [];
      return s === "auto" ? (min + (max - min) * f) * squeeze : 0;
    });
    const left = textWidth - widths.reduce((a, b) => a + b, 0);
    return widths.map((w, i) => (spec[i] === "*" ? left / stars : w));
  }

  /** Draws each page's footer (an artifact) and returns the PDF's bytes. */
  finish(footer: (pageNumber: number, pages: number) => { left?: string; right: string }) {
    const { start, count } = this.doc.bufferedPageRange();
    const style: TextStyle = { size: 8, color: "#444444" };
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const margin = this.doc.page.margins.bottom;
      // The footer stands in the bottom margin: PDFKit would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      const text = footer(i + 1, count);
      const y = page.height - page.bottom + 20;
      this.artifact(() => {
        if (text.left) this.write(text.left, style, { y, width: textWidth - 90 });
        this.write(text.right, style, {
          x: page.left + textWidth - 90,
          y,
          width: 90,
          align: "right",
        });
      }, "Pagination");
      this.doc.page.margins.bottom = margin;
    }
    return this.bytes();
  }

  private bytes(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}

/** PDFKit copies title, author and subject into XMP unescaped: markup characters are replaced. */
function xmlSafe(text: string): string {
  return text.replace(/&/g, "+").replace(/</g, "‹").replace(/>/g, "›");
}
