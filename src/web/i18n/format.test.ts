import { describe, expect, it } from "vitest";
import { formatCents, formatDate } from "./format";

describe("formatCents", () => {
  it("writes German amounts with dot groups, comma decimals and the euro sign after", () => {
    expect(formatCents(100_000_000, "de")).toBe("1.000.000,00\u00a0€");
    expect(formatCents(-1_05, "de")).toBe("-1,05\u00a0€");
  });

  it("keeps cents exact beyond what a float division would round", () => {
    expect(formatCents(900_719_925_474_099, "de")).toBe("9.007.199.254.740,99\u00a0€");
  });

  it("writes English amounts with the euro sign first", () => {
    expect(formatCents(123_456, "en")).toBe("€1,234.56");
  });

  it("refuses fractions of a cent", () => {
    expect(() => formatCents(1.5, "de")).toThrow(RangeError);
  });
});

describe("formatDate", () => {
  it("writes calendar dates without shifting them by time zone", () => {
    expect(formatDate("2023-03-15", "de")).toBe("15.03.2023");
    expect(formatDate("2024-01-01", "en")).toBe("1 January 2024");
  });
});
