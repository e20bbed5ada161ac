import { hash, verify } from "@node-rs/argon2";
import type * as Common from "@zxcvbn-ts/language-common";
import { lazyRequire } from "../lazy-require";

/** OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
const argon2Options = {
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

const minPasswordLength = 12;
const maxPasswordLength = 256;

const dictionary = lazyRequire<typeof Common>("@zxcvbn-ts/language-common");
let commonSet: Set<string> | undefined;
/** The common passwords (lower case), read on the first check. */
const common = () => {
  commonSet ??= new Set(
    (dictionary().dictionary.passwords as string[]).map((p) => p.toLowerCase()),
  );
  return commonSet;
};

/** Message keys of every rule the password breaks (empty when it is acceptable). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < minPasswordLength) problems.push("password.tooShort");
  if ([...password].length > maxPasswordLength) problems.push("password.tooLong");
  if (common().has(password.toLowerCase())) problems.push("password.common");
  return problems;
}
