import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCents,
  cents,
  centsToEuroNumber,
  EuroInputError,
  euroDecimal,
  euroProblemMessage,
  formatEuro,
  formatEuroAmount,
  formatEuroIn,
  maxCents,
  parseEuro,
  readEuro,
} from "./money";

const problemOf = (input: string) => {
  const read = readEuro(input);
  if (read.ok) throw new Error(`accepted ${input} as ${read.cents}`);
  return read.problem;
};

describe("money", () => {
  it("accepts only integer cents", () => {
    expect(cents(100)).toBe(100);
    expect(() => cents(0.5)).toThrow(RangeError);
    expect(() => cents(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it("parses German notation", () => {
    expect(parseEuro("30.000")).toBe(3_000_000);
    expect(parseEuro("30.000,50")).toBe(3_000_050);
    expect(parseEuro("1.000.000 €")).toBe(100_000_000);
    expect(parseEuro("1.000.000,00 €")).toBe(100_000_000);
    expect(parseEuro("1234,5")).toBe(123_450);
    expect(parseEuro(" 12 000 ")).toBe(1_200_000);
    expect(parseEuro("1.000")).toBe(100_000);
    expect(parseEuro("-3")).toBe(-300);
    expect(parseEuro("0,01")).toBe(1);
    // A dot before one or two digits is a decimal point: German groups have three.
    expect(parseEuro("1234.56")).toBe(123_456);
    expect(parseEuro("1.5")).toBe(150);
  });

  it("refuses ambiguous and broken input and says what it understood", () => {
    expect(problemOf("30,000")).toMatchObject({
      code: "money.ambiguous",
      thousands: 3_000_000,
      decimal: 3_000,
    });
    expect(problemOf("1,234")).toMatchObject({ code: "money.ambiguous", thousands: 123_400 });
    expect(problemOf("0,005").code).toBe("money.tooPrecise");
    expect(problemOf("1.000,505").code).toBe("money.tooPrecise");
    expect(problemOf("3O.000")).toMatchObject({
      code: "money.invalidCharacter",
      character: "O",
      guess: 3_000_000,
    });
    expect(problemOf("1,234,567.50")).toMatchObject({
      code: "money.englishNotation",
      understood: 123_456_750,
    });
    expect(problemOf("1.00.000").code).toBe("money.malformed");
    expect(problemOf("30.0000").code).toBe("money.malformed");
    expect(problemOf("  ").code).toBe("money.empty");
    expect(problemOf("abc").code).toBe("money.invalidCharacter");
    expect(() => parseEuro("30,000")).toThrow(EuroInputError);
    expect(() => parseEuro("30,000")).toThrow(RangeError);
  });

  it("tells the person in German and English what was understood and what to type", () => {
    expect(euroProblemMessage(problemOf("30,000"), "de")).toBe(
      "„30,000“ ist mehrdeutig: 30.000,00\u00a0€ oder 30,00\u00a0€? Schreiben Sie 30.000 (Punkt für Tausender) oder 30,00 (Komma vor den Cent, höchstens zwei Stellen).",
    );
    expect(euroProblemMessage(problemOf("30,000"), "en")).toContain("type 30.000");
    expect(euroProblemMessage(problemOf("3O.000"), "de")).toContain("Meinten Sie 30.000?");
    expect(euroProblemMessage(problemOf("0,005"), "de")).toContain("höchstens zwei");
    expect(euroProblemMessage(problemOf("0,005"), "en")).toContain("at most two");
  });

  it("refuses amounts beyond the bound of 10^13 cents", () => {
    expect(parseEuro("100.000.000.000,00")).toBe(maxCents);
    expect(problemOf("100.000.000.000,01").code).toBe("money.tooLarge");
    expect(problemOf("90.071.992.547.409,91").code).toBe("money.tooLarge");
  });

  it("formats exactly, German by hand and other locales through Intl", () => {
    expect(formatEuro(100_000_000)).toBe("1.000.000,00\u00a0€");
    expect(formatEuro(-5)).toBe("-0,05\u00a0€");
    expect(formatEuroAmount(123_456)).toBe("1.234,56");
    expect(euroDecimal(-123_456)).toBe("-1234.56");
    expect(centsToEuroNumber(123_456)).toBe(1234.56);
    expect(formatEuroIn(100_000_000, "de-DE")).toBe("1.000.000,00\u00a0€");
    expect(formatEuroIn(123_456, "en-GB")).toBe("€1,234.56");
    expect(() => formatEuro(0.5)).toThrow(RangeError);
  });

  it("round-trips: parse(format(c)) = c and format(parse(x)) = x for random cents", () => {
    const bounded = fc.integer({ min: -maxCents, max: maxCents });
    fc.assert(
      fc.property(bounded, (c) => {
        expect(parseEuro(formatEuro(c))).toBe(c);
        expect(parseEuro(formatEuroAmount(c))).toBe(c);
        expect(centsToEuroNumber(c)).toBe(Number(euroDecimal(c)));
      }),
    );
    fc.assert(
      fc.property(bounded, (c) => {
        const typed = formatEuroAmount(c);
        expect(formatEuroAmount(parseEuro(typed))).toBe(typed);
      }),
    );
  });

  it("sums exactly, whatever the order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (values) => {
        const asCents = values.map(cents);
        expect(addCents(...asCents)).toBe(addCents(...[...asCents].reverse()));
      }),
    );
  });
});
