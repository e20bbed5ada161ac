/**
 * Closed fiscal years: after 31 December a fund's year is closed and a booking dated in it is
 * refused — unless it is an explicit late booking (Nachbuchung) with a reason, inside the closing
 * period (by default until 31 January of the next year; each county sets its day, server/ledger/closing-period.ts).
 * A carry-over (Haushaltsrest) is the act of closing itself: it needs no late-booking flag inside
 * the closing period, but after it nothing is booked into the old year any more.
 */
import type { BookingKind } from "./ledger";

/** The default last day of the closing period, as month-day of the next year. */
export const defaultClosingUntil = "01-31";

/** Is a month-day ("01-31") a valid closing day? */
export function isClosingUntil(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(`2001-${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(5, 10) === value;
}

/** A closing day as a German reader types it ("31.01." or "31.1") → "01-31"; null if no day. */
export function closingUntilFromGerman(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.?\s*$/.exec(text);
  if (!m) return null;
  const value = `${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  return isClosingUntil(value) ? value : null;
}

/** "01-31" → "31.01." (how the settings page shows the closing day). */
export function germanClosingUntil(value: string): string {
  const [month, day] = value.split("-");
  return `${day}.${month}.`;
}

/** The last day of the closing period of a fiscal year (ISO date in the next year). */
export function closingPeriodEnd(fiscalYear: number, closingUntil = defaultClosingUntil): string {
  return `${fiscalYear + 1}-${closingUntil}`;
}

export type YearState = "open" | "closingPeriod" | "closed";

export function yearStateOn(
  fiscalYear: number,
  today: string,
  closingUntil = defaultClosingUntil,
): YearState {
  if (today <= `${fiscalYear}-12-31`) return "open";
  return today <= closingPeriodEnd(fiscalYear, closingUntil) ? "closingPeriod" : "closed";
}

export type YearCloseVerdict =
  | { ok: true; late: boolean }
  | {
      ok: false;
      code: "ledger.yearClosed" | "ledger.yearClosedLateBookingPossible";
      params: { year: number; until: string };
    };

/**
 * May a booking of `kind` into a fund of `fiscalYear` be made on `today`? `lateReason` is the
 * reason of an explicit late booking (Nachbuchung), or null.
 */
export function checkYearClose(input: {
  fiscalYear: number;
  kind: BookingKind;
  today: string;
  lateReason: string | null;
  closingUntil?: string;
}): YearCloseVerdict {
  const state = yearStateOn(input.fiscalYear, input.today, input.closingUntil);
  if (state === "open") return { ok: true, late: false };
  const params = {
    year: input.fiscalYear,
    until: closingPeriodEnd(input.fiscalYear, input.closingUntil),
  };
  if (state === "closed") return { ok: false, code: "ledger.yearClosed", params };
  if (input.kind === "carryOver") return { ok: true, late: input.lateReason !== null };
  if (input.lateReason?.trim()) return { ok: true, late: true };
  return { ok: false, code: "ledger.yearClosedLateBookingPossible", params };
}
