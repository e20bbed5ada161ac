import { describe, expect, it } from "vitest";
import { closingUntilFromGerman, germanClosingUntil, isClosingUntil } from "./year-close";

describe("the closing day as a German reader types it", () => {
  it("reads day and month, with or without zeros and the last dot", () => {
    expect(closingUntilFromGerman("31.01.")).toBe("01-31");
    expect(closingUntilFromGerman(" 15.2 ")).toBe("02-15");
  });
  it("refuses what is no day (nor 29 February, which not every year has)", () => {
    for (const text of ["29.02.", "31.02.", "0.1.", "01-31", "Februar", "", "1.13."])
      expect(closingUntilFromGerman(text), text).toBeNull();
  });
  it("shows the stored month-day as day and month", () => {
    expect(germanClosingUntil("01-31")).toBe("31.01.");
    expect(isClosingUntil(closingUntilFromGerman(germanClosingUntil("03-15")) ?? "")).toBe(true);
  });
});
