import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./language";

describe("negotiateLanguage", () => {
  it("defaults to German", () => {
    expect(negotiateLanguage(undefined)).toBe("de");
    expect(negotiateLanguage("fr-FR")).toBe("de");
  });
  it("honours quality values and order", () => {
    expect(negotiateLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLanguage("fr, en;q=0.5, de;q=0.8")).toBe("de");
    expect(negotiateLanguage("de;q=0, en")).toBe("en");
  });
});
