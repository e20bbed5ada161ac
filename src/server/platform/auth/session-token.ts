import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the value of the session cookie. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores instead of the token itself. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const sessionIdleMs = 30 * 60 * 1000;
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;
