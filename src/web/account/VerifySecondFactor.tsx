import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import { formErrorsFromProblem, useFormErrors } from "../auth/form/formErrors";
import { TextField } from "../components/form";
import { useVerifyTotp } from "./totpApi";

const fieldIds = { code: "verify-code" };

/** An admin whose session began without a second factor confirms Kurs's own TOTP here. */
export function VerifySecondFactor() {
  const { t } = useTranslation();
  const verify = useVerifyTotp();
  const form = useFormErrors();
  const [code, setCode] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = code.replace(/\s/g, "");
    if (!/^\d{6}$/.test(clean)) {
      return form.show({
        title: t("form.errorTitle"),
        fields: { code: t("login.codeMissing") },
        general: [],
      });
    }
    try {
      await verify.mutateAsync(clean);
      form.clear();
    } catch (error) {
      form.show(
        formErrorsFromProblem(error, ["code"], {
          title: t("login.failed"),
          network: t("form.networkError"),
        }),
      );
    }
  };
  return (
    <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
      {form.errors ? (
        <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
      ) : null}
      <TextField
        id={fieldIds.code}
        label={t("login.code")}
        hint={t("login.codeHint")}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={setCode}
        error={form.field("code")}
      />
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={verify.isPending}>
          <span className="kern-label">{t("login.confirm")}</span>
        </button>
      </div>
    </form>
  );
}
