/**
 * Money is integer euro cents, everywhere: no floating-point euros are stored or summed. This file is the ONE place that reads a
 * euro amount typed by a person (`readEuro`/`parseEuro`) and the one place that turns cents into
 * euros for people (`formatEuro`, `formatEuroAmount`, `formatEuroIn`) or for files that need a
 * number of euros (`euroDecimal`, `centsToEuroNumber`). No other module divides cents by 100.
 * docs/ARCHITECTURE.md (section "Geld") names the grep that shows it.
 */
export type Cents = number & { readonly __brand: "Cents" };

/**
 * The bound of every amount and every sum of a fund: 10^13 cents = 100.000.000.000,00 €. Far
 * above any county budget, far below 2^53 (so sums of many bounded amounts stay exact integers
 * in JavaScript; the database sums as bigint/numeric).
 */
export const maxCents = 10_000_000_000_000;

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Geldbeträge sind ganze Cent: ${value}`);
  }
  return value as Cents;
}

export function addCents(...values: Cents[]): Cents {
  return cents(values.reduce((sum, v) => sum + v, 0));
}

/** Is the amount integer cents within ±maxCents? */
export function isBoundedCents(value: number): boolean {
  return Number.isSafeInteger(value) && Math.abs(value) <= maxCents;
}

/** Why a typed amount was refused, with what was understood of it. */
export type EuroProblem =
  | { code: "money.empty" }
  | { code: "money.ambiguous"; input: string; thousands: number; decimal: number }
  | { code: "money.tooPrecise"; input: string }
  | { code: "money.invalidCharacter"; input: string; character: string; guess: number | null }
  | { code: "money.englishNotation"; input: string; understood: number }
  | { code: "money.malformed"; input: string }
  | { code: "money.tooLarge"; input: string };

export type EuroReading = { ok: true; cents: Cents } | { ok: false; problem: EuroProblem };

/** A refused amount; `problem` says why, `euroProblemMessage` says it to a person. */
export class EuroInputError extends RangeError {
  constructor(readonly problem: EuroProblem) {
    super(euroProblemMessage(problem, "de"));
    this.name = "EuroInputError";
  }
}

const germanGrouped = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const germanPlain = /^(\d+)(?:,(\d+))?$/;
const dotDecimal = /^(\d+)\.(\d{1,2})$/;
const englishGrouped = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

function centsOf(euros: string, fraction: string): number {
  // Exact: digits to an integer, never a float multiplication of a decimal.
  return Number(euros.replace(/[.,]/g, "")) * 100 + Number(fraction.padEnd(2, "0"));
}

function readDigits(body: string, input: string): EuroReading {
  const german = germanGrouped.exec(body) ?? germanPlain.exec(body);
  if (german) {
    const [, euros = "0", fraction = ""] = german;
    if (fraction.length <= 2) return { ok: true, cents: cents(centsOf(euros, fraction)) };
    // "30,000" / "1,234": a comma before three digits reads as a thousands separator to some
    // and as a decimal comma to others. Never guess.
    const grouped = euros.includes(".");
    if (fraction.length === 3 && !grouped && !/^0/.test(euros))
      return {
        ok: false,
        problem: {
          code: "money.ambiguous",
          input,
          thousands: centsOf(`${euros}${fraction}`, ""),
          decimal: centsOf(euros, fraction.slice(0, 2)),
        },
      };
    return { ok: false, problem: { code: "money.tooPrecise", input } };
  }
  const plainDot = dotDecimal.exec(body);
  if (plainDot) {
    // "1234.56": a dot before one or two digits is a decimal point (German groups have three).
    const [, euros = "0", fraction = ""] = plainDot;
    return { ok: true, cents: cents(centsOf(euros, fraction)) };
  }
  const english = englishGrouped.exec(body);
  if (english) {
    const [, euros = "0", fraction = ""] = english;
    return {
      ok: false,
      problem: { code: "money.englishNotation", input, understood: centsOf(euros, fraction) },
    };
  }
  return { ok: false, problem: { code: "money.malformed", input } };
}

/**
 * Reads a euro amount typed by a person, in German notation: "30.000", "30.000,50",
 * "1.000.000 €", "1234,5"; also "1234.56" (a dot before one or two digits). Ambiguous or broken
 * input ("30,000", "1,234", "0,005", "3O.000") is refused with what was understood, never
 * guessed. Amounts beyond ±maxCents are refused.
 */
export function readEuro(input: string): EuroReading {
  const text = input
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^€|€$|EUR$/gi, "")
    .replace(/^−/, "-");
  if (!text || text === "-") return { ok: false, problem: { code: "money.empty" } };
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const bad = /[^\d.,]/.exec(body);
  if (bad) {
    // Letters that look like digits (O for 0, l or I for 1): say what was probably meant.
    const fixed = body.replace(/[oO]/g, "0").replace(/[lI]/g, "1");
    const retry = /[^\d.,]/.test(fixed) ? null : readDigits(fixed, input);
    return {
      ok: false,
      problem: {
        code: "money.invalidCharacter",
        input,
        character: bad[0],
        guess: retry?.ok ? (negative ? -retry.cents : retry.cents) : null,
      },
    };
  }
  const read = readDigits(body, input);
  if (!read.ok) return read;
  const value = negative ? -read.cents : read.cents;
  if (Math.abs(value) > maxCents) return { ok: false, problem: { code: "money.tooLarge", input } };
  return { ok: true, cents: cents(value === 0 ? 0 : value) };
}

/** readEuro that throws EuroInputError (a RangeError) on refused input. */
export function parseEuro(input: string): Cents {
  const read = readEuro(input);
  if (!read.ok) throw new EuroInputError(read.problem);
  return read.cents;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** Cents as a German decimal amount without the currency sign: 1.000.000,00 (exact). */
export function formatEuroAmount(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Keine ganzen Cent: ${value}`);
  const abs = Math.abs(value);
  const euros = groupThousands(String(Math.trunc(abs / 100)));
  return `${value < 0 ? "-" : ""}${euros},${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Cents as German euros, "1.000.000,00 €" (non-breaking space before the sign), written out by
 * hand: a frozen report renders the same on every machine, whatever ICU data Node ships.
 */
export function formatEuro(value: number): string {
  return `${formatEuroAmount(value)}\u00a0€`;
}

/** Signed change in euros: "+1.000,00 €", "-50,00 €". */
export function formatEuroDelta(value: number): string {
  return value > 0 ? `+${formatEuro(value)}` : formatEuro(value);
}

/** Cents as an exact decimal string of euros with a dot: 123456 → "1234.56". */
export function euroDecimal(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Keine ganzen Cent: ${value}`);
  const abs = Math.abs(value);
  return `${value < 0 ? "-" : ""}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Euros as a number, for files whose cells must be numbers (XLSX with a € format): the double
 * nearest to the exact decimal, read from its digits (no division of cents by 100).
 */
export function centsToEuroNumber(value: number): number {
  return Number(euroDecimal(value));
}

/**
 * Cents as euros in a reader's locale ("de-DE": 1.000.000,00 €; "en-GB": €1,000,000.00). The
 * amount reaches Intl as an exact decimal string, never as a float.
 */
export function formatEuroIn(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(
    euroDecimal(value) as Intl.StringNumericLiteral,
  );
}

/**
 * What a refused amount means, in German or English: what was understood and what to type.
 * Used by the web forms (per field) and by the server's problem+json alike.
 */
export function euroProblemMessage(problem: EuroProblem, lang: "de" | "en"): string {
  const de = lang === "de";
  switch (problem.code) {
    case "money.empty":
      return de
        ? "Bitte einen Betrag in Euro eingeben, z. B. 30.000 oder 30.000,50."
        : "Please enter an amount in euros in German notation, e.g. 30.000 or 30.000,50.";
    case "money.ambiguous": {
      const thousands = formatEuroAmount(problem.thousands).replace(/,00$/, "");
      const decimal = formatEuroAmount(problem.decimal);
      return de
        ? `„${problem.input}“ ist mehrdeutig: ${thousands},00\u00a0€ oder ${decimal}\u00a0€? Schreiben Sie ${thousands} (Punkt für Tausender) oder ${decimal} (Komma vor den Cent, höchstens zwei Stellen).`
        : `“${problem.input}” is ambiguous: ${thousands},00\u00a0€ or ${decimal}\u00a0€? Amounts use German notation: type ${thousands} (a dot groups thousands) or ${decimal} (a comma before at most two digits of cents).`;
    }
    case "money.tooPrecise":
      return de
        ? `„${problem.input}“ hat mehr als zwei Stellen nach dem Komma; ein Betrag hat höchstens zwei (Cent). Schreiben Sie z. B. 0,01 oder 1.250,50.`
        : `“${problem.input}” has more than two digits after the comma; an amount has at most two (cents). Type e.g. 0,01 or 1.250,50.`;
    case "money.invalidCharacter": {
      const guess = problem.guess === null ? null : formatEuroAmount(problem.guess);
      return de
        ? `„${problem.input}“ enthält „${problem.character}“, das ist keine Ziffer.${guess ? ` Meinten Sie ${guess.replace(/,00$/, "")}?` : ""} Erlaubt sind Ziffern, Punkte für Tausender und ein Komma vor den Cent, z. B. 30.000,50.`
        : `“${problem.input}” contains “${problem.character}”, which is not a digit.${guess ? ` Did you mean ${guess.replace(/,00$/, "")}?` : ""} Use digits, dots for thousands and a comma before the cents, e.g. 30.000,50.`;
    }
    case "money.englishNotation": {
      const german = formatEuroAmount(problem.understood);
      return de
        ? `„${problem.input}“ ist englische Schreibweise (verstanden: ${german}\u00a0€). Schreiben Sie ${german.replace(/,00$/, "")}: Punkt für Tausender, Komma vor den Cent.`
        : `“${problem.input}” is English notation (understood: ${german}\u00a0€). Type ${german.replace(/,00$/, "")}: German notation, dot for thousands, comma before the cents.`;
    }
    case "money.malformed":
      return de
        ? `„${problem.input}“ ist kein Eurobetrag. Schreiben Sie z. B. 30.000 oder 30.000,50 (Punkt für Tausender in Dreiergruppen, Komma vor den Cent).`
        : `“${problem.input}” is not an amount in euros. Type e.g. 30.000 or 30.000,50 (German notation: dots group thousands in threes, a comma before the cents).`;
    case "money.tooLarge":
      return de
        ? `„${problem.input}“ ist größer als die Obergrenze von ${formatEuro(maxCents)}.`
        : `“${problem.input}” is above the limit of ${formatEuro(maxCents)}.`;
  }
}
