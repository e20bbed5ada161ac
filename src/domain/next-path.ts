const authPages = ["/anmelden", "/passwort-zuruecksetzen"];

/**
 * Where to go after signing in (password or identity provider): only paths inside Kurs, never
 * back to a sign-in page, never another site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (!/^[\x21-\x7e]+$/.test(next)) return "/";
  const path = next.split(/[?#]/)[0] ?? "/";
  return authPages.includes(path) ? "/" : next;
}

export const signInPages: readonly string[] = authPages;
