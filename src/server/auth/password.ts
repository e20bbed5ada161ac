import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/** OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
export const argon2Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
/** Spends the same time as a real check when the account does not exist. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummy ??= hashPassword("kurs-dummy-password-for-timing");
  await verifyPassword(await dummy, password);
}

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

const common = new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));

/** Message keys of every rule the password breaks (empty when it is acceptable). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < minPasswordLength) problems.push("password.tooShort");
  if ([...password].length > maxPasswordLength) problems.push("password.tooLong");
  if (common.has(password.toLowerCase())) problems.push("password.common");
  return problems;
}
