import { printableDeep } from "../../domain/text-input";
import { type ReportBlock, reportBlocks } from "./report-document";
import type { ReportSnapshot } from "./report-snapshot";

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const paragraphs = (text: string, bold = false) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const inner = escapeHtml(p).replace(/\n/g, "<br>");
      return `<p>${bold ? `<strong>${inner}</strong>` : inner}</p>`;
    })
    .join("\n");

function blockToHtml(block: ReportBlock): string {
  switch (block.kind) {
    case "issuer":
      return `<p class="report-issuer">${escapeHtml(block.text)}</p>`;
    case "kind":
      return `<p class="report-kind">${escapeHtml(block.text)}</p>`;
    case "facts":
      return `<dl class="report-facts">\n${block.pairs
        .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
        .join("\n")}\n</dl>`;
    case "heading":
      // h1 is the page's own title; the report's sections start one level below it.
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case "text":
      return paragraphs(block.text, block.bold);
    case "list":
      return `<ul>\n${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("\n")}\n</ul>`;
    case "chart":
      // An image, not inline SVG: no ids to collide, and the CSP allows data: images.
      return `<figure class="report-chart">\n<img src="data:image/svg+xml;base64,${Buffer.from(block.svg, "utf8").toString("base64")}" width="${block.width}" height="${block.height}" alt="${escapeHtml(block.alt)}">\n<figcaption>${escapeHtml(block.caption)}</figcaption>\n</figure>`;
    case "table": {
      const cls = (i: number) => (block.numeric[i] ? ' class="num"' : "");
      const rows = block.rows.length
        ? block.rows
            .map(
              (row) =>
                `<tr>${row
                  .map((v, i) =>
                    i === 0
                      ? `<th scope="row">${escapeHtml(v)}</th>`
                      : `<td${cls(i)}>${escapeHtml(v)}</td>`,
                  )
                  .join("")}</tr>`,
            )
            .join("\n")
        : `<tr><td colspan="${block.header.length}">–</td></tr>`;
      return `<div class="report-table"><table>\n<caption>${escapeHtml(block.caption)}</caption>\n<thead><tr>${block.header
        .map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`)
        .join("")}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`;
    }
  }
}

/**
 * The report as an HTML fragment (inside the app's page, under its h1): headings in order,
 * tables with captions and header cells. Pure: same snapshot, same string.
 */
export function reportHtmlFragment(snapshot: ReportSnapshot): string {
  const s = printableDeep(snapshot);
  return `<article class="committee-report" lang="de">\n${reportBlocks(s).map(blockToHtml).join("\n")}\n</article>`;
}

/** A standalone HTML document of the report (download), without scripts or styles. */
export function reportHtmlDocument(snapshot: ReportSnapshot): string {
  const s = printableDeep(snapshot);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${escapeHtml(s.title)}</title>
</head>
<body>
<h1>${escapeHtml(s.title)}</h1>
${reportHtmlFragment(s)}
</body>
</html>
`;
}
