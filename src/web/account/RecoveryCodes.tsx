import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "../auth/form/CopyButton";
import { Alert } from "../components/Alert";

/** Step 3: the ten recovery codes, shown once, with a warning and a confirmation to go on. */
export function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="kurs-section" data-testid="recovery-codes">
      <h3 className="kern-heading-medium kurs-focus-target" ref={heading} tabIndex={-1}>
        {t("totp.codesTitle")}
      </h3>
      <Alert tone="warning" title={t("totp.codesWarningTitle")} headingLevel={3}>
        <p className="kern-body">{t("totp.codesWarning")}</p>
      </Alert>
      <ol className="kurs-recovery-codes" aria-label={t("totp.codesList")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="kern-btn-wrapper">
        <CopyButton text={codes.join("\n")} label={t("totp.copyCodes")} />
        <button type="button" className="kern-btn kern-btn--primary" onClick={onSaved}>
          <span className="kern-label">{t("totp.codesSaved")}</span>
        </button>
      </div>
    </div>
  );
}
