import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { printableDeep } from "../../../domain/text-input";
import { packageFile } from "../../platform/package-root";
import { type ReportBlock, reportBlocks } from "./report-document";
import type { ReportSnapshot } from "./report-snapshot";

/**
 * The styles of the report as a page of its own: the public site's stylesheet and the report's
 * few additions, inlined so the downloaded file looks the same opened from disk. Served pages
 * allow exactly this style by its hash (`reportStyleCsp`), the CSP stays without unsafe-inline.
 */
const reportStyle = [
  readFileSync(packageFile("src/server/read-models/public-site/public.css"), "utf8"),
  readFileSync(packageFile("src/server/renderers/reports/report-html.css"), "utf8"),
].join("\n");
const styleHash = createHash("sha256").update(reportStyle, "utf8").digest("base64");

/** The Content-Security-Policy for the standalone report document (its one inline style). */
export const reportStyleCsp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** An id for a heading's anchor (table of contents), from its text. */
const anchorOf = (text: string) =>
  `abschnitt-${text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => ({ ä: "ae", ö: "oe", ü: "ue", ß: "ss" })[c] ?? c)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")}`;

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
    case "toc":
      return `<nav class="report-toc" aria-labelledby="report-toc-title">\n<h3 id="report-toc-title">Inhalt</h3>\n<ol>\n${block.entries
        .map(
          (e) =>
            `<li${e.level === 3 ? ' class="report-toc__sub"' : ""}><a href="#${anchorOf(e.text)}">${escapeHtml(e.text)}</a></li>`,
        )
        .join("\n")}\n</ol>\n</nav>`;
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
      return `<h${block.level + 1} id="${anchorOf(block.text)}">${escapeHtml(block.text)}</h${block.level + 1}>`;
    case "text":
      return block.italic
        ? paragraphs(block.text).replace(/<p>([\s\S]*?)<\/p>/g, "<p><em>$1</em></p>")
        : paragraphs(block.text, block.bold);
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

/**
 * A standalone HTML document of the report (download, public site), styled as the public site,
 * without scripts; characters HTML cannot carry are dropped from a copy of the snapshot.
 */
export function reportHtmlDocument(snapshot: ReportSnapshot): string {
  const s = printableDeep(snapshot);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<header class="site-header"><div class="wrap"><p class="site-name">${escapeHtml(s.issuer)}</p></div></header>
<main class="wrap">
<h1>${escapeHtml(s.title)}</h1>
${reportHtmlFragment(s).replace(/<p class="report-issuer">.*<\/p>\n/, "")}
</main>
</body>
</html>
`;
}
