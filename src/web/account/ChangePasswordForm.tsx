import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { authRoutes as api } from "../../contract/routes/auth";
import { callRoute } from "../api/call";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import {
  type FormErrors,
  formErrorsFromProblem,
  hasErrors,
  useFormErrors,
} from "../auth/form/formErrors";
import { useLanguage } from "../auth/session";
import { Alert } from "../components/Alert";
import { TextField } from "../components/form";
import { checkNewPassword, NewPasswordFields } from "./NewPasswordFields";

const fieldIds = {
  currentPassword: "password-current",
  newPassword: "password-new",
  repeat: "password-repeat",
};
const fields = Object.keys(fieldIds);
const empty = { current: "", next: "", repeat: "" };

/** Change the own password: current, new, new again. The server ends all other sessions. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useFormErrors();
  const [value, setValue] = useState(empty);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      callRoute(api.changeOwnPassword, { body }, language),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    const invalid: FormErrors = {
      title: t("form.errorTitle"),
      fields: {
        ...(value.current ? {} : { currentPassword: t("account.password.currentMissing") }),
        ...checkNewPassword(t, value, {
          next: t("account.password.newMissing"),
          repeat: t("account.password.repeatMissing"),
        }),
      },
      general: [],
    };
    if (hasErrors(invalid)) return form.show(invalid);
    try {
      await change.mutateAsync({ currentPassword: value.current, newPassword: value.next });
      form.clear();
      setValue(empty);
    } catch (error) {
      form.show(
        formErrorsFromProblem(error, fields, {
          title: t("account.password.failed"),
          network: t("form.networkError"),
        }),
      );
    }
  };

  return (
    <section className="kurs-section" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="kern-heading-large">
        {t("account.password.title")}
      </h2>
      {change.isSuccess ? (
        <Alert tone="success" title={t("account.password.done")} role="status">
          <p className="kern-body">{t("account.password.doneText")}</p>
        </Alert>
      ) : null}
      <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
        {form.errors ? (
          <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
        ) : null}
        {/* Tells password managers which account the new password belongs to. */}
        <input type="text" hidden readOnly autoComplete="username" value={email} />
        <TextField
          id={fieldIds.currentPassword}
          label={t("account.password.current")}
          required
          type="password"
          autoComplete="current-password"
          value={value.current}
          onChange={(v) => setValue({ ...value, current: v })}
          error={form.field("currentPassword")}
        />
        <NewPasswordFields
          ids={{ next: fieldIds.newPassword, repeat: fieldIds.repeat }}
          labels={{ next: t("account.password.new"), repeat: t("account.password.repeat") }}
          value={value}
          onChange={(v) => setValue({ ...value, ...v })}
          errors={{ next: form.field("newPassword"), repeat: form.field("repeat") }}
        />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={change.isPending}>
            <span className="kern-label">
              {change.isPending ? t("form.sending") : t("account.password.submit")}
            </span>
          </button>
        </div>
      </form>
    </section>
  );
}
