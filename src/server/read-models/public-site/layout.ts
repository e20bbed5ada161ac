import { fill, german, type HtmlPart, html, type SafeHtml } from "./html";
import { type SiteLanguage, say, siteLanguages } from "./locales";
import { openDataFiles, type PageSlug, pagePath, publicRoot, sitePages } from "./site-paths";

export interface PageFrame {
  lang: SiteLanguage;
  slug: PageSlug;
  tenantName: string;
  /** The page's h1 (also in the title). */
  heading: string;
  body: HtmlPart;
}

/** The whole document: skip link, language switch, menus, main, footer with data and legal links. */
export function layout({ lang, slug, tenantName, heading, body }: PageFrame): SafeHtml {
  const m = lang.messages;
  const site = say(m, "siteTitle", { tenant: tenantName });
  const link = (target: (typeof sitePages)[number]) =>
    html`<li><a href="${pagePath(lang.code, target.slug)}"${
      target.slug === slug ? html` aria-current="page"` : ""
    }>${m[target.label]}</a></li>`;
  return html`<!doctype html>
<html lang="${lang.code}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading === site ? site : `${heading} – ${site}`}</title>
<meta name="description" content="${m.intro}">
<link rel="stylesheet" href="${publicRoot}/public.css">
${siteLanguages.map(
  (l) => html`<link rel="alternate" hreflang="${l.code}" href="${pagePath(l.code, slug)}">
`,
)}<link rel="alternate" type="application/json" href="${openDataFiles.measuresJson}">
</head>
<body>
<a class="skip-link" href="#inhalt">${m.skipLink}</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="${pagePath(lang.code, "")}">${fill(m.siteTitle, { tenant: german(tenantName) })}</a></p>
<nav class="languages" aria-label="${m.languageNav}">
<ul>
${siteLanguages.map(
  (l) =>
    html`<li><a href="${pagePath(l.code, slug)}" lang="${l.code}" hreflang="${l.code}"${
      l.code === lang.code ? html` aria-current="true"` : ""
    }>${l.label}</a></li>
`,
)}</ul>
</nav>
<nav class="menu" aria-label="${m.mainNav}">
<ul>
${sitePages.filter((p) => p.menu === "main").map(link)}
</ul>
</nav>
</div>
</header>
<main id="inhalt" tabindex="-1">
<div class="wrap">
<h1>${heading === site ? fill(m.siteTitle, { tenant: german(tenantName) }) : heading}</h1>
${body}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
<nav aria-label="${m.footerNav}">
<ul>
${sitePages.filter((p) => p.menu === "footer").map(link)}
</ul>
</nav>
<p><a href="${pagePath(lang.code, "daten")}">${m.openDataShort}</a> · <a href="${openDataFiles.measuresCsv}" hreflang="de">massnahmen.csv</a> · <a href="${openDataFiles.moneyCsv}" hreflang="de">geld.csv</a> · <a href="${openDataFiles.indicatorsCsv}" hreflang="de">kennzahlen.csv</a> · <a href="${openDataFiles.grantsCsv}" hreflang="de">zuwendungen.csv</a></p>
</div>
</footer>
</body>
</html>
`;
}
