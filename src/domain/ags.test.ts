import { describe, expect, it } from "vitest";
import { municipalityAgsProblem } from "./ags";

describe("municipality keys (AGS)", () => {
  it("takes eight digits with the county's prefix", () => {
    expect(municipalityAgsProblem("03357001", "03357")).toBeNull();
    expect(municipalityAgsProblem("03357001")).toBeNull();
  });
  it("refuses other lengths, letters, spaces and a foreign prefix", () => {
    expect(municipalityAgsProblem("3357001", "03357")).toBe("ags.format");
    expect(municipalityAgsProblem("03357 001", "03357")).toBe("ags.format");
    expect(municipalityAgsProblem("0335700A", "03357")).toBe("ags.format");
    expect(municipalityAgsProblem("03358001", "03357")).toBe("ags.prefix");
  });
});
