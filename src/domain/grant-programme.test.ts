import { describe, expect, it } from "vitest";
import {
  fixedTerms,
  parseSharePercent,
  parseWholeNumber,
  sharePercentText,
} from "./grant-programme";
import { grantTerms } from "./grants";

describe("share in per cent", () => {
  it("reads per cent with up to two decimals as basis points", () => {
    expect(parseSharePercent("80")).toBe(8000);
    expect(parseSharePercent("62,5")).toBe(6250);
    expect(parseSharePercent("62,50 %")).toBe(6250);
    expect(parseSharePercent("0,01")).toBe(1);
    expect(parseSharePercent("100")).toBe(10000);
  });
  it("refuses what is no such number (the server names the field)", () => {
    expect(parseSharePercent("")).toBeNull();
    expect(parseSharePercent("achtzig")).toBeNull();
    expect(parseSharePercent("62,555")).toBeNull();
    expect(parseSharePercent("-5")).toBeNull();
    expect(parseSharePercent("80 €")).toBeNull();
  });
  it("shows basis points as typed", () => {
    expect(sharePercentText(8000)).toBe("80");
    expect(sharePercentText(6250)).toBe("62,5");
    expect(sharePercentText(1)).toBe("0,01");
    expect(sharePercentText(10000)).toBe("100");
    for (const bp of [1, 99, 6250, 8000, 10000])
      expect(parseSharePercent(sharePercentText(bp))).toBe(bp);
  });
});

describe("whole months", () => {
  it("reads digits only", () => {
    expect(parseWholeNumber(" 6 ")).toBe(6);
    expect(parseWholeNumber("0")).toBe(0);
    expect(parseWholeNumber("6,5")).toBeNull();
    expect(parseWholeNumber("-1")).toBeNull();
    expect(parseWholeNumber("")).toBeNull();
  });
});

describe("fixed terms", () => {
  it("fixes the grant terms once an application is granted, fully or in part", () => {
    expect(fixedTerms([])).toEqual([]);
    expect(fixedTerms(["draft", "submitted", "refused", "withdrawn"])).toEqual([]);
    expect(fixedTerms(["draft", "partlyGranted"])).toEqual(grantTerms);
    expect(fixedTerms(["granted"])).toEqual(grantTerms);
  });
});
