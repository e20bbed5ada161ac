/**
 * A grant programme (Förderaufruf) as the office types it: the defaults of a new programme, the
 * highest share typed in per cent, whole months, and when its terms are fixed. Pure.
 */
import { type ApplicationState, type GrantTerm, grantTerms, isGranted } from "./grants";
import { formatEuroAmount, readEuro } from "./money";

/** "Only what is needed within N months" (VV Nr. 7.2 zu § 44 LHO) unless the programme says otherwise. */
export const defaultPaymentWithinMonths = 2;
/** The proof of use is due this many months after the grant period ends (ANBest-P Nr. 6.1). */
export const defaultProofDueMonths = 6;

/**
 * A share typed in per cent ("80", "62,5", "62,50 %") as basis points (10000 = 100 %); null when
 * the text is no such number. A per cent with two decimals has the digits of euros and cents, so
 * the one money reader (money.ts) reads it: no second number parser.
 */
export function parseSharePercent(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, "");
  if (trimmed.includes("€")) return null;
  const read = readEuro(trimmed);
  return read.ok && read.cents >= 0 ? read.cents : null;
}

/** Basis points as the per cent a person types: 8000 → "80", 6250 → "62,5", 1 → "0,01". */
export function sharePercentText(basisPoints: number): string {
  return formatEuroAmount(basisPoints)
    .replace(/,00$/, "")
    .replace(/(,\d)0$/, "$1");
}

/** "6" → 6; null when the text is not a whole number of digits (no sign, no decimals). */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The terms of a programme are fixed once one of its applications is granted (fully or in part):
 * the notices rest on them (grants.ts `grantTerms`). An empty list: nothing is fixed.
 */
export function fixedTerms(applicationStates: readonly ApplicationState[]): readonly GrantTerm[] {
  return applicationStates.some(isGranted) ? grantTerms : [];
}
