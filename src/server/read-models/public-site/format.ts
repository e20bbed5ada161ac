import { formatEuroIn } from "../../../domain/money";
import type { SiteLanguage } from "./locales";

/** 2026-03-01 → a date in the reader's language (UTC, no time zone surprises). */
export function formatDate(lang: SiteLanguage, iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang.locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(d);
}

/** Integer cents → euros in the reader's language, e.g. 1.000.000,00 € in German (exact). */
export function formatEuro(lang: SiteLanguage, cents: number): string {
  return formatEuroIn(cents, lang.locale);
}
