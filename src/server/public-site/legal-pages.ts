import { type HtmlPart, html, paragraphs } from "./html";
import type { SiteLanguage } from "./locales";
import type { PublicLegal } from "./model";

/** Admin text in German, marked as such; a plain fallback while the admin has written none. */
function legalBody(lang: SiteLanguage, text: PublicLegal | undefined, fallback: string): HtmlPart {
  if (!text) return html`<p>${fallback}</p>`;
  return html`${lang.code === "de" ? "" : html`<p class="note">${lang.messages.germanLegal}</p>`}
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
