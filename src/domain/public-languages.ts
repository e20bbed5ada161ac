/**
 * The languages of the public site (and of the texts written for it: measure translations,
 * Impressum, Datenschutz, Barrierefreiheit), German first. German is the original; a text
 * missing in another language falls back to German with a note (public-site/content-pages.ts).
 */
export const publicLanguageCodes = ["de", "de-x-ls", "en", "uk", "ar", "tr", "fa"] as const;
export type PublicLanguageCode = (typeof publicLanguageCodes)[number];

/** The languages a measure's public title and description may be translated into. */
export const translationLanguageCodes = [
  "en",
  "uk",
  "ar",
  "tr",
  "fa",
] as const satisfies readonly PublicLanguageCode[];

/** Each language by its own name (the language switch and the admin's language choice). */
export const publicLanguageLabels: Record<PublicLanguageCode, string> = {
  de: "Deutsch",
  "de-x-ls": "Leichte Sprache",
  en: "English",
  uk: "Українська",
  ar: "العربية",
  tr: "Türkçe",
  fa: "فارسی",
};
