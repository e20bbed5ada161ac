import { calendarTimeZone } from "../../domain/calendar";
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

/**
 * A moment (ISO date-time) as a date with time in the county's time zone (domain/calendar.ts):
 * 2026-03-04T09:05:07Z → "04.03.2026, 10:05:07" (de) / "4 Mar 2026, 10:05:07" (en); without
 * seconds "04.03.2026, 10:05". A text that is no date-time stays as it is.
 */
export function formatTimestamp(
  iso: string,
  language: Language,
  precision: "seconds" | "minutes" = "seconds",
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    dateStyle: "medium",
    timeStyle: precision === "seconds" ? "medium" : "short",
    timeZone: calendarTimeZone,
  }).format(date);
}
