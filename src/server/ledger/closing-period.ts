import { defaultClosingUntil, isClosingUntil } from "../../domain/year-close";

/**
 * The last day of the closing period after a fiscal year, as month-day of the next year:
 * `KURS_LEDGER_CLOSING_UNTIL` (e.g. "02-15"), default "01-31". Until then a late booking
 * (Nachbuchung) with a reason may still go into the old year (src/domain/year-close.ts).
 */
export function closingUntil(): string {
  const value = process.env.KURS_LEDGER_CLOSING_UNTIL?.trim();
  if (!value) return defaultClosingUntil;
  if (!isClosingUntil(value))
    throw new Error(`KURS_LEDGER_CLOSING_UNTIL must be a month-day like 01-31, not "${value}"`);
  return value;
}
