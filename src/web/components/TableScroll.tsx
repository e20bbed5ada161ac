import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A wide table's own scroll region (WCAG 1.4.10: the page never scrolls sideways, the table
 * may). Focusable and named, so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section
      className="kurs-table-scroll"
      aria-label={label ?? t("state.tableScroll")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll container is the interaction
      tabIndex={0}
    >
      {children}
    </section>
  );
}
