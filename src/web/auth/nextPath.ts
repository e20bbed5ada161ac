const authPages = ["/anmelden", "/passwort-zuruecksetzen"];

/** Where to go after signing in: only paths inside Kurs, never back to a sign-in page. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  const path = next.split(/[?#]/)[0] ?? "/";
  return authPages.includes(path) ? "/" : next;
}

/** The sign-in link from a page, so that signing in returns there. */
export function loginPathFrom(pathname: string, search: string): string {
  if (authPages.includes(pathname) || pathname === "/") return "/anmelden";
  return `/anmelden?next=${encodeURIComponent(pathname + search)}`;
}
