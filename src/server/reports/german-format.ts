/**
 * German number and date formats written out by hand, so a frozen report renders the same on
 * every machine and Node version (no dependence on the ICU data Intl happens to ship).
 */

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** 123456789 → "1.234.567,89 €" (non-breaking space before the sign). */
export function euro(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Keine ganzen Cent: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${groupThousands(String(Math.trunc(abs / 100)))},${String(abs % 100).padStart(2, "0")}\u00a0€`;
}

/** Signed change in euros: "+1.000,00 €", "-50,00 €". */
export function euroDelta(cents: number): string {
  return cents > 0 ? `+${euro(cents)}` : euro(cents);
}

/** 1.5 → "1,50" (two decimals, decimal comma). */
export function decimal2(value: number): string {
  const hundredths = Math.round(value * 100);
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  return `${sign}${groupThousands(String(Math.trunc(abs / 100)))},${String(abs % 100).padStart(2, "0")}`;
}

/** "2024-07-01" → "01.07.2024". */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}

const monthNames = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

/** "2024-07" → "Juli 2024". */
export function germanMonth(yearMonth: string): string {
  return `${monthNames[Number(yearMonth.slice(5, 7)) - 1] ?? yearMonth} ${yearMonth.slice(0, 4)}`;
}
