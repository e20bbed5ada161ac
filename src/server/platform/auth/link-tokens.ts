import { createHash, randomBytes } from "node:crypto";

/**
 * Tokens of scoped links (indicator submissions, grant applications): a partner acts without an
 * account. The token is shown once; only its SHA-256 is stored, so a leaked database opens nothing.
 */
export const linkTokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token (32 random bytes, base64url) and the hash to store. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: linkTokenHash(token) };
}
