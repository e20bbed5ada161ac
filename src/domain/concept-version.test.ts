import { describe, expect, it } from "vitest";
import { assertVersionEditable } from "./concept-version";
import { DomainError } from "./errors";

describe("concept version editing", () => {
  it("allows changes only to drafts", () => {
    expect(() => assertVersionEditable("draft")).not.toThrow();
    for (const status of ["adopted", "superseded"] as const) {
      expect(() => assertVersionEditable(status)).toThrow(DomainError);
    }
  });
});
