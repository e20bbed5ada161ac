import { may, type Permission, type Principal, permissions } from "../../../contract/permissions";
import type { Role } from "./actor";

/**
 * The server's side of the permission table (src/contract/permissions.ts, which the web reads
 * too): the second factor, what tokens never get, and the platform administrators.
 */
export { may, type Permission, type Principal, permissions };

/** Permissions that, for admins, need the second factor in this session. */
export const requiresSecondFactor: ReadonlySet<Permission> = new Set([
  "users.manage",
  "audit.read",
  "legal.edit",
  "county.settings",
]);

/**
 * Platform administrators: admin accounts whose e-mail address is listed in
 * KURS_PLATFORM_ADMINS (comma-separated). Only they may create further counties in the UI
 * (on top of "county.settings").
 */
export function isPlatformAdmin(email: string | undefined): boolean {
  if (!email) return false;
  const list = (process.env.KURS_PLATFORM_ADMINS ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  return list.includes(email.toLowerCase());
}

/**
 * What a personal access token never gets, whatever its owner's role: every permission only
 * admins hold, every permission that needs the second factor, and managing the own account
 * (password, second factor, sign-out, tokens) — so a leaked token cannot make itself permanent.
 */
const refusedToTokens: ReadonlySet<Permission> = new Set(
  (Object.keys(permissions) as Permission[]).filter((permission) => {
    const roles = permissions[permission] as readonly Principal[];
    return (
      (roles.length === 1 && roles[0] === "admin") ||
      requiresSecondFactor.has(permission) ||
      permission === "session.self" ||
      permission === "tokens.manage"
    );
  }),
);

/** May a token of this role and access level use this permission with this HTTP method? */
export function mayWithToken(
  role: Role,
  access: "read" | "write",
  permission: Permission,
  write: boolean,
): boolean {
  if (refusedToTokens.has(permission)) return false;
  if (write && access !== "write") return false;
  return may(role, permission);
}
