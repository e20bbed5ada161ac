import { describe, expect, it } from "vitest";
import { currentFocus } from "./focus";

describe("currentFocus", () => {
  const open = { id: "a", validFrom: null, validTo: null };
  const from2024 = { id: "b", validFrom: "2024-06-01", validTo: null };
  const ended = { id: "c", validFrom: "2023-01-01", validTo: "2023-12-31" };

  it("picks the entry that started last among those in force", () => {
    expect(currentFocus([open, from2024, ended], "2025-01-01")?.id).toBe("b");
    expect(currentFocus([open, from2024, ended], "2024-01-01")?.id).toBe("a");
  });
  it("ignores ended and future periods", () => {
    expect(currentFocus([ended], "2024-01-01")).toBeNull();
    expect(currentFocus([from2024], "2024-05-31")).toBeNull();
  });
  it("prefers the newest record on a tie", () => {
    const newer = { id: "n", validFrom: null, validTo: null };
    expect(currentFocus([newer, open], "2024-01-01")?.id).toBe("n");
  });
});
