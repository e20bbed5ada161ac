import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { LoginInput } from "../../contract/auth";
import { problemCode } from "../api/client";
import { Alert } from "../components/Alert";
import { TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorSummary } from "./form/ErrorSummary";
import {
  type FormErrors,
  formErrorsFromProblem,
  hasErrors,
  useFormErrors,
} from "./form/formErrors";
import { safeNextPath } from "./nextPath";
import { OidcSignIn } from "./OidcSignIn";
import { SecondFactorStep, type Step } from "./SecondFactorStep";
import { useLogin, useMe, useOidcStatus } from "./session";

const fieldIds = {
  email: "login-email",
  password: "login-password",
  totpCode: "login-code",
  recoveryCode: "login-recovery-code",
};
const fields = Object.keys(fieldIds);

/** /anmelden: e-mail and password, then (when the account has one) the second factor. */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const oidc = useOidcStatus();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const form = useFormErrors();
  const [step, setStep] = useState<Step>("credentials");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");

  const checkInput = (): FormErrors => {
    const errors: FormErrors = { title: t("form.errorTitle"), fields: {}, general: [] };
    if (step === "credentials") {
      if (!email.trim()) errors.fields.email = t("login.emailMissing");
      if (!password) errors.fields.password = t("login.passwordMissing");
    } else if (step === "totpCode" && !/^\d{6}$/.test(code.replace(/\s/g, ""))) {
      errors.fields.totpCode = t("login.codeMissing");
    } else if (step === "recoveryCode" && !code.trim()) {
      errors.fields.recoveryCode = t("login.recoveryCodeMissing");
    }
    return errors;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = checkInput();
    if (hasErrors(invalid)) return form.show(invalid);
    const input: LoginInput = { email: email.trim(), password };
    if (step === "totpCode") input.totpCode = code.replace(/\s/g, "");
    if (step === "recoveryCode") input.recoveryCode = code.trim();
    try {
      const result = await login.mutateAsync(input);
      const needsSecondFactor = result.user.role === "admin" && !result.mfaVerified;
      navigate(needsSecondFactor ? "/konto" : next, { replace: true });
    } catch (error) {
      const problem = problemCode(error);
      if (problem === "auth.secondFactorRequired") {
        form.clear();
        setCode("");
        setStep("totpCode");
        return;
      }
      const errors = formErrorsFromProblem(error, fields, {
        title: t("login.failed"),
        network: t("form.networkError"),
      });
      if (problem === "auth.secondFactorInvalid" && step !== "credentials") {
        errors.fields[step] = errors.general.shift();
      }
      if (step === "credentials") setPassword("");
      form.show(errors);
    }
  };

  const backToCredentials = () => {
    form.clear();
    setPassword("");
    setCode("");
    setStep("credentials");
  };

  if (me.data && !login.isSuccess && !login.isPending) {
    const name = me.data.user.displayName ?? me.data.user.email;
    return (
      <Page title={t("login.title")}>
        <Alert tone="info" title={t("login.alreadySignedIn", { name })}>
          <p className="kern-body">
            <Link className="kern-link" to={next}>
              {t("login.continue")}
            </Link>
          </p>
        </Alert>
      </Page>
    );
  }

  const passwordsOff = oidc.data?.enabled === true && !oidc.data.localLogin;
  const lead = oidc.data?.enabled ? t("login.leadOidc") : t("login.lead");
  const passwordForm = (
    <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
      {form.errors ? (
        <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
      ) : null}
      {step === "credentials" ? (
        <>
          <TextField
            id={fieldIds.email}
            label={t("login.email")}
            required
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={form.field("email")}
          />
          <TextField
            id={fieldIds.password}
            label={t("login.password")}
            required
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.field("password")}
          />
        </>
      ) : (
        <SecondFactorStep
          step={step}
          code={code}
          onCode={setCode}
          onStep={(nextStep) => {
            form.clear();
            setCode("");
            setStep(nextStep);
          }}
          error={form.field(step)}
          fieldIds={fieldIds}
        />
      )}
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={login.isPending}>
          <span className="kern-label">
            {login.isPending
              ? t("form.sending")
              : step === "credentials"
                ? t("login.submit")
                : t("login.confirm")}
          </span>
        </button>
        {step !== "credentials" ? (
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={backToCredentials}>
            <span className="kern-label">{t("login.back")}</span>
          </button>
        ) : null}
      </div>
      {step === "credentials" ? <p className="kern-body">{t("login.forgotten")}</p> : null}
    </form>
  );
  return (
    <Page title={t("login.title")} lead={step === "credentials" ? lead : undefined}>
      {step === "credentials" ? <OidcSignIn next={next} /> : null}
      {passwordsOff ? (
        <details className="kurs-details" data-testid="break-glass">
          <summary className="kern-body">{t("login.breakGlass")}</summary>
          <p className="kern-body">{t("login.breakGlassHint")}</p>
          {passwordForm}
        </details>
      ) : (
        passwordForm
      )}
    </Page>
  );
}
