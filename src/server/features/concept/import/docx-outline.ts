import { type OutlineEntry, splitNumber } from "../../../../domain/concept-outline";
import { DomainError } from "../../../../domain/errors";
import { readZipParts } from "./bounded-zip";

/** Largest document.xml / styles.xml unpacked: far above a long concept's text. */
const maxDocxPartBytes = 32 * 2 ** 20;

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : "";
    }
    return entities[name] ?? whole;
  });
}

/** Heading levels of the document's styles: "heading 1" / "Überschrift 1" or an outline level. */
function headingStyles(stylesXml: string | null): Map<string, number> {
  const levels = new Map<string, number>();
  for (const match of (stylesXml ?? "").matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const style = match[0];
    const id = /w:styleId="([^"]+)"/.exec(style)?.[1];
    if (!id) continue;
    const name = /<w:name w:val="([^"]+)"/.exec(style)?.[1] ?? "";
    const byName = /^(?:heading|überschrift)\s*(\d)$/i.exec(name.trim());
    const outline = /<w:outlineLvl w:val="(\d)"/.exec(style);
    if (byName?.[1]) levels.set(id, Number(byName[1]));
    else if (outline?.[1]) levels.set(id, Number(outline[1]) + 1);
  }
  return levels;
}

function levelOfStyle(styleId: string | undefined, styles: Map<string, number>): number | null {
  if (!styleId) return null;
  const known = styles.get(styleId);
  if (known) return known;
  const byId = /^(?:Heading|berschrift|Überschrift)(\d)$/i.exec(styleId);
  return byId?.[1] ? Number(byId[1]) : null;
}

/**
 * The outline of a concept written in Word: Heading 1 = Handlungsfeld, Heading 2 = Handlungsziel,
 * Heading 3 or a list item = Handlungsempfehlung; the text under each becomes its description.
 * A leading number ("1.2 …") is the item's number. Text before the first heading (title page,
 * foreword) is skipped and counted. `at` is the paragraph's position in the document.
 */
export function readDocxOutline(base64: string): { entries: OutlineEntry[]; skipped: number } {
  const zip = Buffer.from(base64, "base64");
  const parts = readZipParts(zip, ["word/document.xml", "word/styles.xml"], {
    maxPartBytes: maxDocxPartBytes,
    notZip: "conceptImport.notDocx",
    tooLarge: "conceptImport.docxTooLarge",
  });
  const document = parts.get("word/document.xml");
  if (!document) throw new DomainError("invalid", "conceptImport.notDocx", {}, "content");
  const styles = headingStyles(parts.get("word/styles.xml") ?? null);
  const entries: OutlineEntry[] = [];
  let skipped = 0;
  let at = 0;
  for (const match of document.matchAll(/<w:p\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:p>/g)) {
    at += 1;
    const body = match[1] ?? "";
    const text = decode(
      [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
        .map((m) => (m[2] === "tab" ? " " : m[2] === "br" ? "\n" : (m[1] ?? "")))
        .join(""),
    ).trim();
    const styleId = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    const ownOutline = /<w:outlineLvl w:val="(\d)"/.exec(body)?.[1];
    const heading = levelOfStyle(styleId, styles) ?? (ownOutline ? Number(ownOutline) + 1 : null);
    const listItem = /<w:numPr>/.test(body) || /^(List|Listenabsatz|Aufz)/i.test(styleId ?? "");
    const level = heading !== null && heading <= 3 ? heading : listItem ? 3 : null;
    if (level !== null) {
      const { number, title } = splitNumber(text);
      entries.push({ at, level: level as 1 | 2 | 3, number, title, description: "" });
    } else if (text) {
      const current = entries.at(-1);
      if (current)
        current.description = current.description ? `${current.description}\n\n${text}` : text;
      else skipped += 1;
    }
  }
  return { entries, skipped };
}
