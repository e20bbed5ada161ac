/**
 * Text hygiene at the edge: what a text from outside may contain before Kurs stores, searches,
 * audits or renders it. One rule for every text field and query parameter; the validation layer
 * (`server/http/zod-validator.ts`) applies it to every request before the route's schema runs.
 *
 * - Refused: NUL and the other C0 control characters except tab and line feed (PostgreSQL cannot
 *   store NUL; XML — DOCX, XLSX, SVG — cannot carry the others), lone UTF-16 surrogates (no
 *   character at all: JSON-B, UTF-8 and every document format refuse them) and the
 *   non-characters U+FFFE/U+FFFF.
 * - Normalised: line breaks to "\n" (a carriage return is a line break typed on Windows) and
 *   Unicode to NFC, so that "ü" typed as u + combining diaeresis finds and sorts as "ü".
 */

export type TextFault = "control" | "surrogate" | "noncharacter";

export interface TextIssue {
  path: (string | number)[];
  fault: TextFault;
}

/** The first reason why a text may not be accepted, or null. */
export function textFault(text: string): TextFault | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) {
      if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
      return "control";
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return "surrogate";
    }
    if (code >= 0xdc00 && code <= 0xdfff) return "surrogate";
    if (code === 0xfffe || code === 0xffff) return "noncharacter";
  }
  return null;
}

/** Line breaks as "\n", Unicode as NFC. Call only on a text without a fault. */
export function normaliseText(text: string): string {
  const lines = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  return lines.normalize("NFC");
}

/** Secrets are compared as typed: they are checked, never rewritten. */
const verbatimKey = /password|secret|token/i;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  // A parsed query string is an object whose prototype has no prototype (fast-querystring).
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Every string inside a parsed request part (body, query, path parameters), checked and
 * normalised. Returns a new value; the input is not changed. Keys are checked like values.
 */
export function normaliseInput(value: unknown): { value: unknown; issues: TextIssue[] } {
  const issues: TextIssue[] = [];
  const walk = (node: unknown, path: (string | number)[], verbatim: boolean): unknown => {
    if (typeof node === "string") {
      const fault = textFault(node);
      if (fault) {
        issues.push({ path, fault });
        return node;
      }
      return verbatim ? node : normaliseText(node);
    }
    if (Array.isArray(node))
      return node.map((item, index) => walk(item, [...path, index], verbatim));
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const fault = textFault(key);
        if (fault) issues.push({ path: [...path, key], fault });
        out[key] = walk(item, [...path, key], verbatim || verbatimKey.test(key));
      }
      return out;
    }
    return node;
  };
  return { value: walk(value, [], false), issues };
}

/** Text for a format that cannot carry control characters or lone surrogates (XML, SVG): dropped. */
export function printableText(text: string): string {
  if (textFault(text) === null) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] ?? "";
        out += text[i + 1] ?? "";
        i++;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    out += text[i] ?? "";
  }
  return out;
}

/**
 * A copy of a document's data (a report snapshot, a table) with every string made printable:
 * what renderers of XML-based formats get, so that an old or imported text cannot break them.
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === "string") return printableText(value) as T;
  if (Array.isArray(value)) return value.map((item) => printableDeep(item)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = printableDeep(item);
    return out as T;
  }
  return value;
}
