import { describe, expect, it } from "vitest";
import { germanDate, isIsoCalendarDate, parseCalendarDate } from "./dates";

describe("parseCalendarDate", () => {
  it("reads German notation and ISO", () => {
    expect(parseCalendarDate("01.09.2025")).toEqual({ kind: "date", iso: "2025-09-01" });
    expect(parseCalendarDate(" 1.9.2025 ")).toEqual({ kind: "date", iso: "2025-09-01" });
    expect(parseCalendarDate("2025-09-01")).toEqual({ kind: "date", iso: "2025-09-01" });
    expect(parseCalendarDate("29.02.2024")).toEqual({ kind: "date", iso: "2024-02-29" });
    expect(parseCalendarDate("")).toEqual({ kind: "empty" });
  });

  it("refuses impossible dates instead of dropping them", () => {
    for (const text of ["31.02.2025", "29.02.2025", "31.04.2025", "00.01.2025", "12.13.2025"])
      expect(parseCalendarDate(text)).toEqual({ kind: "invalid", reason: "impossible" });
    expect(parseCalendarDate("2025-02-31")).toEqual({ kind: "invalid", reason: "impossible" });
    expect(parseCalendarDate("29.02.1900")).toEqual({ kind: "invalid", reason: "impossible" });
    expect(parseCalendarDate("29.02.2000").kind).toBe("date");
  });

  it("refuses what is no date", () => {
    for (const text of ["morgen", "31.02.25", "2025/02/01", "01.09.2025x"])
      expect(parseCalendarDate(text)).toEqual({ kind: "invalid", reason: "format" });
  });

  it("agrees with the calendar for every day of four years", () => {
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const isoDate = new Date(t).toISOString().slice(0, 10);
      expect(parseCalendarDate(germanDate(isoDate))).toEqual({ kind: "date", iso: isoDate });
    }
    expect(isIsoCalendarDate("2025-02-28")).toBe(true);
    expect(isIsoCalendarDate("2025-02-29")).toBe(false);
    expect(isIsoCalendarDate("28.02.2025")).toBe(false);
  });
});
