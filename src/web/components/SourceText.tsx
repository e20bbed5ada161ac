import type { ReactNode } from "react";

/**
 * Text that comes from the county's records (titles, Beschlussvorschlag, results) is German,
 * whatever the interface language: marking it lets screen readers pronounce it right
 * (WCAG 3.1.2, language of parts).
 */
export const sourceLanguage = "de";

export function SourceText({ children }: { children: ReactNode }) {
  return <span lang={sourceLanguage}>{children}</span>;
}
