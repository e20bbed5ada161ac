/** Money is integer euro cents, everywhere (invariant 1). */
export type Cents = number & { readonly __brand: "Cents" };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Geldbeträge sind ganze Cent: ${value}`);
  }
  return value as Cents;
}

export function addCents(...values: Cents[]): Cents {
  return cents(values.reduce((sum, v) => sum + v, 0));
}

/**
 * Parses a euro amount typed by a person: German "1.234,56" (dots group thousands) or plain
 * "1234.56". Ambiguous or over-precise input such as "1,234" is refused, never guessed.
 */
export function parseEuro(input: string): Cents {
  const text = input.trim().replace(/\s|€/g, "");
  const german = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  const plain = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  const match = german ?? plain;
  if (!match) throw new RangeError(`Kein gültiger Eurobetrag: ${input}`);
  const [, sign, euros = "0", fraction = ""] = match;
  const value = Number(euros.replace(/\./g, "")) * 100 + Number(fraction.padEnd(2, "0"));
  return cents(sign === "-" ? -value : value);
}

/** Cents as a German decimal amount without the sign of the currency: 1.000.000,00 (exact). */
export function formatEuroAmount(value: number): string {
  const abs = Math.abs(value);
  const euros = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${euros},${String(abs % 100).padStart(2, "0")}`;
}
