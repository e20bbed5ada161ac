import { germanNote } from "./content-pages";
import { type HtmlPart, html, paragraphs } from "./html";
import type { SiteLanguage } from "./locales";
import type { PublicLegal } from "./model";

/**
 * The admin's text in the reader's language; where there is none yet, the German one with the
 * same note as untranslated measures; a plain fallback while the admin has written nothing.
 */
function legalBody(lang: SiteLanguage, text: PublicLegal | undefined, fallback: string): HtmlPart {
  if (!text) return html`<p>${fallback}</p>`;
  const own = lang.code === "de" ? undefined : text.translations[lang.code];
  if (own) return html`<div lang="${lang.code}" dir="auto">${paragraphs(own)}</div>`;
  return html`${germanNote(lang)}
<div lang="de" dir="auto">${paragraphs(text.body)}</div>`;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function accessibilityPage(lang: SiteLanguage, text: PublicLegal | undefined): HtmlPart {
  const m = lang.messages;
  const contact = text?.contact?.trim();
  return html`${legalBody(lang, text, m.accessibilityFallback)}
<section aria-labelledby="rueckmeldung">
<h2 id="rueckmeldung">${m.feedbackHeading}</h2>
<p>${m.feedbackIntro}</p>
${
  contact
    ? emailPattern.test(contact)
      ? html`<p><a href="mailto:${contact}">${contact}</a></p>`
      : html`<address lang="de" dir="auto">${paragraphs(contact)}</address>`
    : html`<p>${m.feedbackMissing}</p>`
}
</section>
<section aria-labelledby="schlichtung">
<h2 id="schlichtung">${m.enforcementHeading}</h2>
<p>${m.enforcementText}</p>
</section>`;
}

export function imprintPage(lang: SiteLanguage, text: PublicLegal | undefined): HtmlPart {
  return legalBody(lang, text, lang.messages.legalMissing);
}

export function privacyPage(lang: SiteLanguage, text: PublicLegal | undefined): HtmlPart {
  return legalBody(lang, text, lang.messages.privacyFallback);
}
