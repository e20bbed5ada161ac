import { formatDate, formatEuro } from "./format";
import { fill, german, type HtmlPart, html, paragraphs } from "./html";
import { type SiteLanguage, say } from "./locales";
import type { PublicData, PublicField, PublicMeasure } from "./model";
import type { PublishedIndicator, PublishedReport } from "./providers";
import { licence, openDataFiles, pagePath } from "./site-paths";

type Ctx = { lang: SiteLanguage; data: PublicData };

const fieldTitle = (data: PublicData, position: number | null) =>
  position === null ? null : (data.fields.find((f) => f.position === position) ?? null);

function fieldCard({ lang }: Ctx, f: PublicField): HtmlPart {
  const m = lang.messages;
  return html`<li class="card${f.isFocus ? " card--focus" : ""}" lang="de">
<h3><span class="field-number">${f.position}</span> ${f.title}</h3>
${f.isFocus ? html`<p class="badge" lang="${lang.code}">${m.focusBadge}</p>` : ""}
${f.guidingGoal ? html`<p><strong lang="${lang.code}">${m.guidingGoal}:</strong> ${f.guidingGoal}</p>` : ""}
</li>`;
}

/** Content that exists only in German: marked as German, with a plain note for other readers. */
export function germanNote(lang: SiteLanguage): HtmlPart {
  return lang.code === "de" ? "" : html`<p class="note">${lang.messages.germanOnly}</p>`;
}

export function startPage(ctx: Ctx): HtmlPart {
  const { lang, data } = ctx;
  const m = lang.messages;
  const focusField = fieldTitle(data, data.focus?.fieldPosition ?? null);
  const period = (from: string | null, to: string | null) =>
    from && to
      ? say(m, "focusFromTo", { from: formatDate(lang, from), to: formatDate(lang, to) })
      : from
        ? `${say(m, "focusFrom", { from: formatDate(lang, from) })}, ${m.focusOpen}`
        : m.focusOpen;
  return html`<p class="lead">${m.intro}</p>
<p class="as-of">${say(m, "asOf", { date: formatDate(lang, data.today) })}</p>
<section aria-labelledby="konzept">
<h2 id="konzept">${m.conceptHeading}</h2>
${
  data.concept
    ? html`<p>${
        data.concept.adoptedOn
          ? fill(m.conceptAdopted, {
              title: german(data.concept.title),
              date: formatDate(lang, data.concept.adoptedOn),
            })
          : fill(m.conceptAdoptedUndated, { title: german(data.concept.title) })
      }</p>`
    : html`<p>${m.noConcept}</p>`
}
</section>
${
  data.fields.length
    ? html`<section aria-labelledby="felder">
<h2 id="felder">${m.fieldsHeading}</h2>
<p>${say(m, "fieldsIntro", { count: data.fields.length })}</p>
${germanNote(lang)}
<ul class="cards">
${data.fields.map((f) => fieldCard(ctx, f))}
</ul>
</section>`
    : ""
}
<section aria-labelledby="schwerpunkt">
<h2 id="schwerpunkt">${m.focusHeading}</h2>
${
  data.focus && focusField
    ? html`<dl class="facts">
<dt>${m.fields}</dt><dd>${fill(m.focusField, { position: focusField.position, title: german(focusField.title) })}</dd>
<dt>${m.focusPeriod}</dt><dd>${period(data.focus.validFrom, data.focus.validTo)}</dd>
${
  data.focus.resolution
    ? html`<dt>${m.focusResolution}</dt><dd><span lang="de">${say(m, "focusResolutionBy", {
        committee: data.focus.resolution.committee,
        date: formatDate(lang, data.focus.resolution.decidedOn),
      })}</span>${
        data.focus.resolution.text
          ? html`<blockquote lang="de" dir="auto">${paragraphs(data.focus.resolution.text)}</blockquote>`
          : ""
      }</dd>`
    : ""
}
</dl>
${germanNote(lang)}`
    : html`<p>${m.noFocus}</p>`
}
</section>
<section class="more" aria-labelledby="mehr">
<h2 id="mehr" class="visually-hidden">${m.navMeasures}, ${m.navMoney}</h2>
<ul class="tiles">
<li><a href="${pagePath(lang.code, "massnahmen")}">${m.navMeasures}<span class="tile-figure">${say(m, "measuresCount", { count: data.measures.length })}</span></a></li>
<li><a href="${pagePath(lang.code, "geld")}">${m.navMoney}</a></li>
<li><a href="${pagePath(lang.code, "kennzahlen")}">${m.navIndicators}</a></li>
<li><a href="${pagePath(lang.code, "berichte")}">${m.navReports}</a></li>
</ul>
</section>`;
}

function measureText(lang: SiteLanguage, measure: PublicMeasure) {
  const translated = measure.translations.find((t) => t.lang === lang.code);
  return translated
    ? {
        title: translated.title,
        description: translated.description,
        textLang: lang.code,
        inGerman: false,
      }
    : {
        title: measure.title,
        description: measure.description,
        textLang: "de",
        inGerman: lang.code !== "de",
      };
}

function measureItem({ lang, data }: Ctx, measure: PublicMeasure): HtmlPart {
  const m = lang.messages;
  const text = measureText(lang, measure);
  const period =
    measure.startOn || measure.endOn
      ? `${measure.startOn ? formatDate(lang, measure.startOn) : m.periodOpen} – ${
          measure.endOn ? formatDate(lang, measure.endOn) : m.periodOpen
        }`
      : m.periodOpen;
  return html`<li class="card" id="m-${measure.id}">
<h2 lang="${text.textLang}">${text.title}</h2>
${text.inGerman ? html`<p class="note">${m.germanOnly}</p>` : ""}
${text.description ? html`<div lang="${text.textLang}" dir="auto">${paragraphs(text.description)}</div>` : ""}
<dl class="facts">
<dt>${m.status}</dt><dd><span class="status status--${measure.status}">${m[`status_${measure.status}`]}</span></dd>
<dt>${m.period}</dt><dd>${period}</dd>
<dt>${m.places}</dt><dd${measure.municipalities.length ? html` lang="de"` : ""}>${measure.municipalities.length ? measure.municipalities.join(", ") : m.wholeCounty}</dd>
${
  measure.fieldPositions.length
    ? html`<dt>${m.fields}</dt><dd lang="de" dir="auto">${measure.fieldPositions
        .map((p) => `${p} ${fieldTitle(data, p)?.title ?? ""}`.trim())
        .join("; ")}</dd>`
    : ""
}
</dl>
</li>`;
}

export function measuresPage(ctx: Ctx): HtmlPart {
  const m = ctx.lang.messages;
  return html`<p class="lead">${m.measuresIntro}</p>
${openDataLine(ctx.lang, "measures")}
${
  ctx.data.measures.length
    ? html`<p>${say(m, "measuresCount", { count: ctx.data.measures.length })}</p>
<ul class="cards cards--wide">${ctx.data.measures.map((x) => measureItem(ctx, x))}</ul>`
    : html`<p>${m.noMeasures}</p>`
}`;
}

function bar(value: number, max: number, label: string): HtmlPart {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return html`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar__${label}" x="0" y="0" height="8" width="${width}"></rect></svg>`;
}

export function moneyPage({ lang, data }: Ctx): HtmlPart {
  const m = lang.messages;
  const rows = data.money.filter(
    (r) => r.fieldPositions.length > 0 || r.grantedCents || r.paidCents || r.boundCents,
  );
  const parts = [
    "grantedCents",
    "boundCents",
    "paidCents",
    "blockedCents",
    "lapsedCents",
    "availableCents",
  ] as const;
  const total = Object.fromEntries(
    parts.map((p) => [p, rows.reduce((sum, r) => sum + r[p], 0)]),
  ) as Record<(typeof parts)[number], number>;
  const max = Math.max(0, ...rows.map((r) => r.grantedCents));
  const name = (positions: number[]) => {
    const named = positions.flatMap((p) => fieldTitle(data, p) ?? []);
    return named.length
      ? html`<span lang="de">${named.map((f, i) => html`${i ? ", " : ""}${f.position} ${f.title}`)}</span>`
      : m.moneyNoField;
  };
  const euro = (cents: number) => formatEuro(lang, cents);
  return html`<p class="lead">${m.moneyIntro}</p>
<p>${m.moneyIdentity}</p>
${openDataLine(lang, "money")}
${
  rows.length
    ? html`<div class="table-scroll" role="region" aria-labelledby="geld-titel" tabindex="0">
<table class="money">
<caption id="geld-titel">${m.moneyCaption}</caption>
<thead><tr><th scope="col">${m.moneyField}</th><th scope="col">${m.moneyGranted}</th><th scope="col">${m.moneyBound}</th><th scope="col">${m.moneyPaid}</th><th scope="col">${m.moneyBlocked}</th><th scope="col">${m.moneyLapsed}</th><th scope="col">${m.moneyAvailable}</th></tr></thead>
<tbody>
${rows.map(
  (
    r,
  ) => html`<tr><th scope="row">${name(r.fieldPositions)}</th><td>${euro(r.grantedCents)}${bar(r.grantedCents, max, "granted")}</td><td>${euro(r.boundCents)}${bar(r.boundCents, max, "bound")}</td><td>${euro(r.paidCents)}${bar(r.paidCents, max, "paid")}</td><td>${euro(r.blockedCents)}</td><td>${euro(r.lapsedCents)}</td><td>${euro(r.availableCents)}</td></tr>
`,
)}</tbody>
<tfoot><tr><th scope="row">${m.moneyTotal}</th>${parts.map((p) => html`<td>${euro(total[p])}</td>`)}</tr></tfoot>
</table>
</div>`
    : html`<p>${m.noMoney}</p>`
}
${grantsSection({ lang, data })}`;
}

/** Zuwendungen an Träger: granted and paid per funding call and per provider organisation. */
function grantsSection({ lang, data }: Ctx): HtmlPart {
  const m = lang.messages;
  const euro = (cents: number) => formatEuro(lang, cents);
  const count = (n: number) => new Intl.NumberFormat(lang.locale).format(n);
  const table = (
    id: string,
    caption: string,
    first: string,
    rows: { name: string; grants: number; grantedCents: number; paidCents: number }[],
  ) => {
    const sum = (part: "grants" | "grantedCents" | "paidCents") =>
      rows.reduce((n, r) => n + r[part], 0);
    return html`<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table class="money">
<caption id="${id}">${caption}</caption>
<thead><tr><th scope="col">${first}</th><th scope="col">${m.grantsCount}</th><th scope="col">${m.grantsGranted}</th><th scope="col">${m.grantsPaid}</th></tr></thead>
<tbody>
${rows.map(
  (r) =>
    html`<tr><th scope="row" lang="de">${r.name}</th><td>${count(r.grants)}</td><td>${euro(r.grantedCents)}</td><td>${euro(r.paidCents)}</td></tr>
`,
)}</tbody>
<tfoot><tr><th scope="row">${m.moneyTotal}</th><td>${count(sum("grants"))}</td><td>${euro(sum("grantedCents"))}</td><td>${euro(sum("paidCents"))}</td></tr></tfoot>
</table>
</div>`;
  };
  const { programmes, providers } = data.grants;
  return html`<section aria-labelledby="zuwendungen">
<h2 id="zuwendungen">${m.grantsHeading}</h2>
<p>${m.grantsIntro}</p>
${openDataLine(lang, "grants")}
${
  programmes.length
    ? html`${germanNote(lang)}
${table(
  "zuwendungen-aufrufe",
  m.grantsProgrammeCaption,
  m.grantsProgramme,
  programmes.map((p) => ({ ...p, name: p.title })),
)}
${table("zuwendungen-traeger", m.grantsProviderCaption, m.grantsProvider, providers)}`
    : html`<p>${m.noGrants}</p>`
}
</section>`;
}

export function indicatorsPage({ lang }: Ctx, indicators: PublishedIndicator[]): HtmlPart {
  const m = lang.messages;
  return html`<p class="lead">${m.indicatorsIntro}</p>
${openDataLine(lang, "indicators")}
${
  indicators.length
    ? indicators.map((ind) => {
        const max = Math.max(0, ...ind.values.map((v) => v.value ?? 0));
        return html`<section class="card" aria-labelledby="k-${ind.id}">
<h2 id="k-${ind.id}" lang="de">${ind.name}</h2>
<div class="table-scroll" role="region" aria-labelledby="k-${ind.id}" tabindex="0">
<table>
<thead><tr><th scope="col">${m.focusPeriod}</th><th scope="col" lang="de">${ind.unit ?? ind.name}</th></tr></thead>
<tbody>${ind.values.map(
          (v) =>
            html`<tr><th scope="row">${v.period}</th><td>${
              v.value === null
                ? html`<span class="withheld">${m.indicatorWithheld}</span>`
                : new Intl.NumberFormat(lang.locale).format(v.value)
            }${v.value === null ? "" : bar(v.value, max, "granted")}</td></tr>`,
        )}</tbody>
</table>
</div>
${ind.source ? html`<p class="source" lang="de">${ind.source}</p>` : ""}
</section>`;
      })
    : html`<p class="empty">${m.nothingPublished}</p>`
}`;
}

export function reportsPage({ lang }: Ctx, reports: PublishedReport[]): HtmlPart {
  const m = lang.messages;
  return html`<p class="lead">${m.reportsIntro}</p>
${
  reports.length
    ? html`<ul class="cards cards--wide">${reports.map(
        (r) => html`<li class="card" lang="de">
<h2>${r.title}</h2>
<p>${r.committee}, ${formatDate(lang, r.presentedOn)}</p>
<p><a href="${r.htmlUrl}">${r.title} (HTML)</a> · <a href="${r.pdfUrl}">${r.title} (PDF)</a></p>
</li>`,
      )}</ul>`
    : html`<p class="empty">${m.nothingPublished}</p>`
}`;
}

function openDataLine(
  lang: SiteLanguage,
  what: "measures" | "money" | "indicators" | "grants",
): HtmlPart {
  const m = lang.messages;
  const label = {
    measures: m.openDataMeasures,
    money: m.openDataMoney,
    indicators: m.openDataIndicators,
    grants: m.openDataGrants,
  }[what];
  const csv = openDataFiles[`${what}Csv`];
  const json = openDataFiles[`${what}Json`];
  return html`<p class="data-links">${m.navOpenData}: <a href="${csv}">${say(m, "openDataFormat", { what: label, format: "CSV" })}</a> · <a href="${json}">${say(m, "openDataFormat", { what: label, format: "JSON" })}</a> (<a href="${licence.url}" hreflang="de">${licence.id}</a>)</p>`;
}

export function openDataPage({ lang, data }: Ctx): HtmlPart {
  const m = lang.messages;
  return html`<p class="lead">${m.openDataIntro}</p>
<ul class="file-list">
<li><a href="${openDataFiles.measuresCsv}">${say(m, "openDataFormat", { what: m.openDataMeasures, format: "CSV" })}</a></li>
<li><a href="${openDataFiles.measuresJson}">${say(m, "openDataFormat", { what: m.openDataMeasures, format: "JSON" })}</a></li>
<li><a href="${openDataFiles.moneyCsv}">${say(m, "openDataFormat", { what: m.openDataMoney, format: "CSV" })}</a></li>
<li><a href="${openDataFiles.moneyJson}">${say(m, "openDataFormat", { what: m.openDataMoney, format: "JSON" })}</a></li>
<li><a href="${openDataFiles.indicatorsCsv}">${say(m, "openDataFormat", { what: m.openDataIndicators, format: "CSV" })}</a></li>
<li><a href="${openDataFiles.indicatorsJson}">${say(m, "openDataFormat", { what: m.openDataIndicators, format: "JSON" })}</a></li>
<li><a href="${openDataFiles.grantsCsv}">${say(m, "openDataFormat", { what: m.openDataGrants, format: "CSV" })}</a></li>
<li><a href="${openDataFiles.grantsJson}">${say(m, "openDataFormat", { what: m.openDataGrants, format: "JSON" })}</a></li>
</ul>
<p>${say(m, "openDataLicence", { licence: licence.name, source: data.tenantName })} <a href="${licence.url}" hreflang="de">${licence.url}</a></p>`;
}
