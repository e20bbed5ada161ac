import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import {
  assertEffectsAllowed,
  dayBefore,
  effectsApply,
  missingPurposeReference,
} from "./resolution";

describe("resolution rules", () => {
  it("applies effects only for adopted outcomes", () => {
    expect(effectsApply("adopted")).toBe(true);
    expect(effectsApply("adoptedAmended")).toBe(true);
    expect(effectsApply("rejected")).toBe(false);
    expect(effectsApply("deferred")).toBe(false);
    expect(effectsApply("noted")).toBe(false);
  });

  it("refuses effects on a rejected resolution, pointing at the field", () => {
    expect(() => assertEffectsAllowed("rejected", 0)).not.toThrow();
    try {
      assertEffectsAllowed("rejected", 1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).path).toBe("effects");
    }
  });

  it("counts the day before across month and leap-year ends", () => {
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2025-01-01")).toBe("2024-12-31");
  });

  it("names the reference a purpose entry lacks", () => {
    expect(missingPurposeReference({ kind: "actionField" })).toBe("actionFieldLineageId");
    expect(missingPurposeReference({ kind: "measureType", actionFieldLineageId: "x" })).toBe(
      "measureTypeId",
    );
    expect(missingPurposeReference({ kind: "goal", targetId: "x" })).toBeNull();
  });
});
