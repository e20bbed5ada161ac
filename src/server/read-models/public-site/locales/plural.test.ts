import { describe, expect, it } from "vitest";
import { say, siteLanguages } from "./index";

describe("counts on the public site", () => {
  it("say the singular where the language has one, in all seven languages", () => {
    const one = Object.fromEntries(
      siteLanguages.map((l) => [l.code, say(l.messages, "measuresCount", { count: 1 })]),
    );
    expect(one.de).toBe("1 Maßnahme");
    expect(one["de-x-ls"]).toBe("1 Maßnahme");
    expect(one.en).toBe("1 measure");
    for (const l of siteLanguages) {
      expect(say(l.messages, "measuresCount", { count: 1 })).toContain("1");
      expect(say(l.messages, "measuresCount", { count: 5 })).toContain("5");
    }
    expect(say(siteLanguages[0].messages, "measuresCount", { count: 5 })).toBe("5 Maßnahmen");
    expect(say(siteLanguages[0].messages, "measuresCount", { count: 0 })).toBe("0 Maßnahmen");
  });
});
