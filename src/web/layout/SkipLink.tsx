import { useTranslation } from "react-i18next";

/**
 * First focusable element: jumps past header and navigation. <main id="main"> has tabindex -1,
 * so the browser's own fragment navigation moves focus there.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="kurs-skip-link" href="#main">
      {t("skipLink")}
    </a>
  );
}
