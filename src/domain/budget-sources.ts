/**
 * A fund's sources with their shares (own money, grants) and the part of each payment that a
 * grant carries, for its proof of use (Verwendungsnachweis). Pure; integer cents throughout.
 */

/** Where a fund's money comes from: own budget, Land, Bund, EU or other. */
export const fundSourceKinds = ["own", "land", "federal", "eu", "other"] as const;

/** Share of one source in per mille of all sources of the fund (rounded down). */
export function sharePerMille(amountCents: number, totalCents: number): number {
  return totalCents > 0 ? Math.floor((amountCents * 1000) / totalCents) : 0;
}

/**
 * Splits amounts pro rata `part / whole` in whole cents so that the parts add up exactly to the
 * same share of the total (largest remainder). Used for the grant's part of each payment.
 */
export function proRata(amounts: readonly number[], part: number, whole: number): number[] {
  if (whole <= 0) return amounts.map(() => 0);
  const total = amounts.reduce((s, a) => s + a, 0);
  const target = Math.floor((total * part) / whole);
  const exact = amounts.map((a) => (a * part) / whole);
  const floors = exact.map(Math.floor);
  let rest = target - floors.reduce((s, a) => s + a, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    rest--;
  }
  return floors;
}
