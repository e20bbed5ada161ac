import "../auth/auth.css";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { authRoutes as api } from "../../contract/routes/auth";
import { callRoute } from "../api/call";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import { formErrorsFromProblem, hasErrors, useFormErrors } from "../auth/form/formErrors";
import { useLanguage } from "../auth/session";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";
import { checkNewPassword, NewPasswordFields } from "./NewPasswordFields";

const fieldIds = { newPassword: "reset-new", repeat: "reset-repeat" };

/** /passwort-zuruecksetzen#token=…: set a new password with an admin's one-time link. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  // The token rides in the fragment (#token=…), which browsers never send to a server.
  const token = new URLSearchParams(hash.slice(1)).get("token");
  const [value, setValue] = useState({ next: "", repeat: "" });
  const form = useFormErrors();
  const reset = useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      callRoute(api.resetPasswordWithLink, { body }, language),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = {
      title: t("form.errorTitle"),
      fields: checkNewPassword(t, value, {
        next: t("reset.newMissing"),
        repeat: t("reset.repeatMissing"),
      }),
      general: [],
    };
    if (hasErrors(invalid)) return form.show(invalid);
    // Without a token the page shows no form (below).
    if (!token) return;
    try {
      await reset.mutateAsync({ token, newPassword: value.next });
      form.clear();
      // The link is used up: drop it from the address bar and the history entry.
      navigate(pathname, { replace: true });
    } catch (error) {
      form.show(
        formErrorsFromProblem(error, Object.keys(fieldIds), {
          title: t("reset.failed"),
          network: t("form.networkError"),
        }),
      );
    }
  };

  if (reset.isSuccess) {
    return (
      <Page title={t("reset.title")}>
        <Alert tone="success" title={t("reset.doneTitle")} role="status">
          <p className="kern-body">{t("reset.done")}</p>
          <p className="kern-body">
            <Link className="kern-link" to="/anmelden">
              {t("reset.toLogin")}
            </Link>
          </p>
        </Alert>
      </Page>
    );
  }
  if (!token) {
    return (
      <Page title={t("reset.title")}>
        <Alert tone="danger" title={t("reset.noTokenTitle")}>
          <p className="kern-body">{t("reset.noToken")}</p>
        </Alert>
      </Page>
    );
  }
  return (
    <Page title={t("reset.title")} lead={t("reset.lead")}>
      <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
        {form.errors ? (
          <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
        ) : null}
        <NewPasswordFields
          ids={{ next: fieldIds.newPassword, repeat: fieldIds.repeat }}
          labels={{ next: t("reset.newPassword"), repeat: t("reset.repeat") }}
          value={value}
          onChange={setValue}
          errors={{ next: form.field("newPassword"), repeat: form.field("repeat") }}
        />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={reset.isPending}>
            <span className="kern-label">
              {reset.isPending ? t("form.sending") : t("reset.submit")}
            </span>
          </button>
        </div>
      </form>
    </Page>
  );
}
