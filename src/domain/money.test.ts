import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCents, cents, parseEuro } from "./money";

describe("money", () => {
  it("accepts only integer cents", () => {
    expect(cents(100)).toBe(100);
    expect(() => cents(0.5)).toThrow(RangeError);
    expect(() => cents(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it("parses German and plain euro amounts", () => {
    expect(parseEuro("1.000.000,00 €")).toBe(100_000_000);
    expect(parseEuro("1234,5")).toBe(123_450);
    expect(parseEuro("1234.56")).toBe(123_456);
    expect(parseEuro("-3")).toBe(-300);
    expect(parseEuro("1.000")).toBe(100_000);
    expect(parseEuro("1.5")).toBe(150);
    expect(() => parseEuro("1,234")).toThrow(RangeError);
    expect(() => parseEuro("abc")).toThrow(RangeError);
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
