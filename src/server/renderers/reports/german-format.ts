import { formatEuroAmount } from "../../../domain/money";

/**
 * German number and date formats written out by hand, so a frozen report renders the same on
 * every machine and Node version (no dependence on the ICU data Intl happens to ship).
 */

// Euros: formatEuro / formatEuroDelta in src/domain/money.ts (the one euro formatter).

/** 1.5 → "1,50": two decimals, decimal comma, dots grouping thousands — the digits of an amount. */
export function decimal2(value: number): string {
  return formatEuroAmount(Math.round(value * 100));
}

// "2024-07-01" → "01.07.2024": the one German date format lives in src/domain/dates.ts.
export { germanDate } from "../../../domain/dates";

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
