import { useTranslation } from "react-i18next";
import { formatCents, formatDate } from "./format";
import { defaultLanguage, isLanguage, type Language } from "./language";

/** Date and money formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language: Language = isLanguage(current) ? current : defaultLanguage;
  return {
    language,
    date: (isoDate: string) => formatDate(isoDate, language),
    money: (cents: number) => formatCents(cents, language),
  };
}

/** The reader's language (de or en): API calls send it, server messages come back in it. */
export function useLanguage(): Language {
  return useFormat().language;
}
