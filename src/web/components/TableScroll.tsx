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

/**
 * A wide table's own scroll region named by the heading of its section (`labelledBy`, the heading's
 * id): reachable by keyboard like TableScroll, with KERN's responsive table frame.
 */
export function HeadedTableScroll({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll container is the interaction
    <section className="kern-table-responsive" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
