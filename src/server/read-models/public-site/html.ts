/**
 * A tiny HTML template: every interpolated value is escaped unless it is already SafeHtml
 * (the result of another `html` call). Arrays are joined; null, undefined and false vanish.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[];

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] as string);
}

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Plain text with blank lines as paragraph breaks, escaped. */
export function paragraphs(text: string, className?: string): SafeHtml {
  return html`${text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p${className ? html` class="${className}"` : ""}>${p}</p>`)}`;
}

/** A message with {name} placeholders; the text is escaped, the values are rendered as parts. */
export function fill(template: string, params: Record<string, HtmlPart>): SafeHtml {
  const pieces = template.split(/\{(\w+)\}/);
  return new SafeHtml(
    pieces.map((piece, i) => (i % 2 ? render(params[piece] ?? "") : escapeHtml(piece))).join(""),
  );
}

/** German content inside text of another direction or language: isolated, marked as German. */
export function german(text: string): SafeHtml {
  return html`<bdi lang="de">${text}</bdi>`;
}
