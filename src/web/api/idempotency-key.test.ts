import { describe, expect, it } from "vitest";
import { digestOf, idempotencyKeyFor, submissionDone } from "./idempotency-key";

describe("idempotencyKeyFor", () => {
  it("gives a double click and a retry the same key, a new submission a new one", () => {
    const body = JSON.stringify({ title: "Sprachcafé" });
    const first = idempotencyKeyFor("/measures", body);
    expect(idempotencyKeyFor("/measures", body)).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{24}-[0-9a-f]{16}$/);
    expect(idempotencyKeyFor("/measures", JSON.stringify({ title: "Sprachcafé 2" }))).not.toBe(
      first,
    );
    expect(idempotencyKeyFor("/partners", body)).not.toBe(first);
    submissionDone("/measures");
    expect(idempotencyKeyFor("/measures", body)).not.toBe(first);
  });

  it("tells bodies apart that differ in one character", () => {
    expect(digestOf('{"a":1}')).not.toBe(digestOf('{"a":2}'));
    expect(digestOf("")).toHaveLength(16);
  });
});
