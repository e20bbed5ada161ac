import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import { formErrorsFromProblem, useFormErrors } from "../auth/form/formErrors";
import { TextField } from "../components/form";
import { QrCode } from "./QrCode";
import { groupSecret, type TotpStart, useConfirmTotp } from "./totpApi";

const fieldIds = { code: "totp-code" };

/** Steps 1 and 2 of the set-up: add the secret to an app, then confirm with its code. */
export function TotpEnrolment({
  start,
  onConfirmed,
  onCancel,
}: {
  start: TotpStart;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmTotp();
  const form = useFormErrors();
  const [code, setCode] = useState("");
  const firstStep = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    firstStep.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, "");
    if (!/^\d{6}$/.test(digits)) {
      return form.show({
        title: t("form.errorTitle"),
        fields: { code: t("totp.codeMissing") },
        general: [],
      });
    }
    try {
      const { recoveryCodes } = await confirm.mutateAsync(digits);
      onConfirmed(recoveryCodes);
    } catch (error) {
      form.show(
        formErrorsFromProblem(error, ["code"], {
          title: t("totp.failed"),
          network: t("form.networkError"),
        }),
      );
    }
  };

  return (
    <div className="kurs-stack">
      <div className="kurs-section">
        <h3 className="kern-heading-medium kurs-focus-target" ref={firstStep} tabIndex={-1}>
          {t("totp.step1")}
        </h3>
        <p className="kern-body">{t("totp.step1Text")}</p>
        <QrCode text={start.otpauthUri} label={t("totp.qrLabel")} />
        <p className="kern-body">
          <a className="kern-link" href={start.otpauthUri} data-testid="otpauth-link">
            {t("totp.openInApp")}
          </a>
        </p>
        <p className="kern-body kurs-secret">
          <span className="kern-body--bold">{t("totp.secret")}: </span>
          <code data-testid="totp-secret" data-secret={start.secret}>
            {groupSecret(start.secret).join(" ")}
          </code>
        </p>
      </div>
      <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
        <h3 className="kern-heading-medium">{t("totp.step2")}</h3>
        {form.errors ? (
          <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
        ) : null}
        <TextField
          id={fieldIds.code}
          label={t("totp.code")}
          required
          hint={t("totp.codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          className="kurs-code-input"
          value={code}
          onChange={setCode}
          error={form.field("code")}
        />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={confirm.isPending}>
            <span className="kern-label">
              {confirm.isPending ? t("form.sending") : t("totp.confirm")}
            </span>
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}>
            <span className="kern-label">{t("totp.cancel")}</span>
          </button>
        </div>
      </form>
    </div>
  );
}
