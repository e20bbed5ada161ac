import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proRata, sharePerMille } from "./budget-sources";
import { formatEuroAmount } from "./money";

describe("sources and proof of use", () => {
  it("gives a grant's share in per mille", () => {
    expect(sharePerMille(60_000_000, 100_000_000)).toBe(600);
    expect(sharePerMille(1, 3)).toBe(333);
    expect(sharePerMille(1, 0)).toBe(0);
  });

  it("splits payments pro rata in whole cents that add up to the share of the total", () => {
    expect(proRata([100, 100, 100], 1, 3)).toEqual([34, 33, 33]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amounts, whole, extra) => {
          const part = Math.min(whole, extra);
          const parts = proRata(amounts, part, whole);
          const total = amounts.reduce((s, a) => s + a, 0);
          expect(parts.reduce((s, a) => s + a, 0)).toBe(Math.floor((total * part) / whole));
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(Math.abs(p - ((amounts[i] ?? 0) * part) / whole)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it("writes amounts the German way", () => {
    expect(formatEuroAmount(100_000_000)).toBe("1.000.000,00");
    expect(formatEuroAmount(-125_050)).toBe("-1.250,50");
    expect(formatEuroAmount(5)).toBe("0,05");
  });
});
