/**
 * Calendar dates as people type them: German notation TT.MM.JJJJ (also T.M.JJJJ) and ISO
 * JJJJ-MM-TT. One parser for every form and the API's date fields; an impossible date
 * (31.02.2025) is refused, never dropped.
 */
export type ParsedDate =
  | { kind: "empty" }
  | { kind: "date"; iso: string }
  | { kind: "invalid"; reason: "format" | "impossible" };

const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fromParts(year: number, month: number, day: number): ParsedDate {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { kind: "invalid", reason: "impossible" };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return { kind: "date", iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

export function parseCalendarDate(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const g = german.exec(trimmed);
  if (g) return fromParts(Number(g[3]), Number(g[2]), Number(g[1]));
  const i = iso.exec(trimmed);
  if (i) return fromParts(Number(i[1]), Number(i[2]), Number(i[3]));
  return { kind: "invalid", reason: "format" };
}

/** True for an ISO date (JJJJ-MM-TT) that exists in the calendar. */
export function isIsoCalendarDate(text: string): boolean {
  const parsed = parseCalendarDate(text);
  return parsed.kind === "date" && parsed.iso === text;
}

/**
 * JJJJ-MM-TT (or a timestamp beginning with one) → TT.MM.JJJJ; anything else is returned as it
 * is. The one German date format of forms, messages, reports and documents.
 */
export function germanDate(isoDate: string): string {
  const i = iso.exec(isoDate.slice(0, 10));
  return i ? `${i[3]}.${i[2]}.${i[1]}` : isoDate;
}

/** Days from `from` to `to` (ISO dates, UTC calendar days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The ISO date `days` calendar days after (before, when negative) `iso`. Roll-ups ask the same
 * few questions for every measure (today less the county's limits), so recent answers are kept.
 */
export function addDays(iso: string, days: number): string {
  const key = `${iso}|${days}`;
  const known = recentSums.get(key);
  if (known !== undefined) return known;
  const result = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
  if (recentSums.size >= 512) recentSums.clear();
  recentSums.set(key, result);
  return result;
}
const recentSums = new Map<string, string>();

/** The earlier of two ISO calendar dates (they compare as text; Math.min would give NaN). */
export function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The later of two ISO calendar dates. */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}
