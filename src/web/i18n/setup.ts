import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { applyLanguage, defaultLanguage, initialLanguage, isLanguage } from "./language";
import de from "./locales/de.json";
import en from "./locales/en.json";

export const resources = { de: { translation: de }, en: { translation: en } } as const;

/** Starts i18next with both languages bundled (they are small) and keeps <html lang> in step. */
export function setupI18n(): typeof i18next {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: ["de", "en"],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyLanguage(lng);
  i18next.on("languageChanged", (language) => {
    if (isLanguage(language)) applyLanguage(language);
  });
  return i18next;
}
