import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { isLanguage } from "../i18n/language";
import { switchLanguage as loadAndSwitch } from "../i18n/setup";

/** Switches between Deutsch and English; the button is labelled in the language it offers. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const target = t("language.switchToCode");
  const switchLanguage = () => {
    if (!isLanguage(target)) return;
    void loadAndSwitch(target);
    if (params.has("lang")) {
      const next = new URLSearchParams(params);
      next.set("lang", target);
      setParams(next, { replace: true });
    }
  };
  return (
    <button
      type="button"
      className="kern-btn kern-btn--tertiary kurs-language-switch"
      lang={target}
      onClick={switchLanguage}
    >
      <span className="kern-icon kern-icon--language" aria-hidden="true" />
      <span className="kern-label">{t("language.switchTo")}</span>
    </button>
  );
}
