import coreGerman from "virtual:kurs-texts/de-core";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import {
  applyLanguage,
  defaultLanguage,
  initialLanguage,
  isLanguage,
  type Language,
  languages,
} from "./language";
import type de from "./locales/de.json";

/**
 * German is bundled with the app (the default and the fallback for a missing key), but only the
 * areas the first page uses (./text-split.ts); the German texts of the other pages, and every
 * other language, are chunks of their own, loaded when first needed, so the first page carries
 * one language's texts for what it shows.
 */
const loaders: Record<Exclude<Language, "de">, () => Promise<{ default: typeof de }>> = {
  en: () => import("./locales/en.json"),
};

let deferredGerman: Promise<void> | undefined;

/** The German texts of the pages that load on first visit (once; `layout/lazyPage.ts` waits). */
export function loadPageTexts(): Promise<void> {
  deferredGerman ??= import("virtual:kurs-texts/de-deferred").then((texts) => {
    i18next.addResourceBundle("de", "translation", texts.default, true, false);
  });
  return deferredGerman;
}

async function loadLanguage(language: Language): Promise<void> {
  if (language === "de" || i18next.hasResourceBundle(language, "translation")) return;
  const texts = await loaders[language]();
  i18next.addResourceBundle(language, "translation", texts.default);
}

/** Switches the language once its texts are loaded (no half-translated page in between). */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** Starts i18next in the language to start with and keeps <html lang> in step. */
export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: coreGerman } },
    partialBundledLanguages: true,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  i18next.on("languageChanged", (language) => {
    if (isLanguage(language)) applyLanguage(language);
  });
  if (lng === defaultLanguage) applyLanguage(lng);
  else await switchLanguage(lng);
  return i18next;
}
