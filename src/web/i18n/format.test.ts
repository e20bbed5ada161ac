import { describe, expect, it } from "vitest";
import { formatCents, formatDate, formatTimestamp } from "./format";

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

describe("formatTimestamp", () => {
  it("writes the moment in the county's time zone (CET and CEST)", () => {
    expect(formatTimestamp("2026-03-04T09:05:07Z", "de")).toBe("04.03.2026, 10:05:07");
    expect(formatTimestamp("2026-07-04T09:05:07.123+00:00", "en")).toBe("4 Jul 2026, 11:05:07");
    expect(formatTimestamp("2026-07-04T09:05:07Z", "de", "minutes")).toBe("04.07.2026, 11:05");
  });

  it("leaves a text that is no date-time as it is", () => {
    expect(formatTimestamp("kein Datum", "de")).toBe("kein Datum");
  });
});
