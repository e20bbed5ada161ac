import { formatEuroIn } from "../../domain/money";
import type { Language } from "./language";

const locales: Record<Language, string> = { de: "de-DE", en: "en-GB" };

const dateOptions: Record<Language, Intl.DateTimeFormatOptions> = {
  de: { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
  en: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
};

/** An ISO calendar date (2023-03-15) as the reader writes it: 15.03.2023 / 15 March 2023. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locales[language], dateOptions[language]).format(date);
}

/** Integer cents as euros in the reader's language (de: 1.000.000,00 €): src/domain/money. */
export function formatCents(cents: number, language: Language): string {
  return formatEuroIn(cents, locales[language]);
}
