/** A focus entry as stored: valid from/to (ISO dates, open when null). */
export interface FocusPeriod {
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The focus in force on `today`: among the entries whose period contains today, the one that
 * starts latest (an open start counts as earliest). Entries are given newest-recorded first, so a
 * later record wins a tie.
 */
export function currentFocus<T extends FocusPeriod>(
  entries: readonly T[],
  today: string,
): T | null {
  const inForce = entries.filter(
    (e) => (!e.validFrom || e.validFrom <= today) && (!e.validTo || e.validTo >= today),
  );
  let best: T | null = null;
  for (const e of inForce) {
    if (!best || (e.validFrom ?? "") > (best.validFrom ?? "")) best = e;
  }
  return best;
}
