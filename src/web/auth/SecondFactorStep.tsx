import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../components/form";

export type Step = "credentials" | "totpCode" | "recoveryCode";

/**
 * The second sign-in step: the 6-digit code from the app, or instead one recovery code. The
 * field takes focus when the step appears, so keyboard and screen-reader users land in it.
 */
export function SecondFactorStep({
  step,
  code,
  onCode,
  onStep,
  error,
  fieldIds,
}: {
  step: Exclude<Step, "credentials">;
  code: string;
  onCode: (code: string) => void;
  onStep: (step: Exclude<Step, "credentials">) => void;
  error: string | undefined;
  fieldIds: { totpCode: string; recoveryCode: string };
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the step changes
  useEffect(() => {
    input.current?.focus();
  }, [step]);
  return (
    <section className="kurs-section" aria-labelledby="second-factor-title">
      <h2 id="second-factor-title" className="kern-heading-medium">
        {t("login.secondFactorTitle")}
      </h2>
      <p className="kern-body">{t("login.secondFactorLead")}</p>
      {step === "totpCode" ? (
        <TextField
          ref={input}
          id={fieldIds.totpCode}
          label={t("login.code")}
          required
          hint={t("login.codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          className="kurs-code-input"
          value={code}
          onChange={onCode}
          error={error}
        />
      ) : (
        <TextField
          ref={input}
          id={fieldIds.recoveryCode}
          label={t("login.recoveryCode")}
          required
          hint={t("login.recoveryCodeHint")}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={code}
          onChange={onCode}
          error={error}
        />
      )}
      <p className="kern-body">
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => onStep(step === "totpCode" ? "recoveryCode" : "totpCode")}
        >
          <span className="kern-label">
            {step === "totpCode" ? t("login.useRecoveryCode") : t("login.useAppCode")}
          </span>
        </button>
      </p>
    </section>
  );
}
