import { safeNextPath, signInPages } from "../../domain/next-path";

export { safeNextPath };

/** The sign-in link from a page, so that signing in returns there. */
export function loginPathFrom(pathname: string, search: string): string {
  if (signInPages.includes(pathname) || pathname === "/") return "/anmelden";
  return `/anmelden?next=${encodeURIComponent(pathname + search)}`;
}
