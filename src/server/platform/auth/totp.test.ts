import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, generateTotpSecret, totp, verifyTotp } from "./totp";

describe("TOTP (RFC 6238)", () => {
  // RFC 6238 appendix B, SHA-1 seed "12345678901234567890", 8 digits.
  const seed = Buffer.from("12345678901234567890");
  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("at %i s gives %s", (seconds, expected) => {
    expect(totp(seed, seconds * 1000, 8)).toBe(expected);
  });

  it("round-trips base32 and accepts only nearby steps", () => {
    const secret = generateTotpSecret();
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    const now = 1_800_000_000_000;
    const code = totp(base32Decode(secret), now);
    expect(verifyTotp(secret, code, now)).toBe(true);
    expect(verifyTotp(secret, code, now + 30_000)).toBe(true);
    expect(verifyTotp(secret, code, now + 95_000)).toBe(false);
    expect(verifyTotp(secret, "abcdef", now)).toBe(false);
  });
});
