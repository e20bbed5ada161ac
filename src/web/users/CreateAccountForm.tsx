import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoleName } from "../../contract/auth";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import { formErrorsFromProblem, hasErrors, useFormErrors } from "../auth/form/formErrors";
import { roleLabel, roleNames } from "../auth/roleLabel";
import { Alert } from "../components/Alert";
import { SelectField, TextField } from "../components/form";
import { useCreateUser } from "./usersApi";

const fieldIds = {
  email: "new-account-email",
  displayName: "new-account-name",
  role: "new-account-role",
  password: "new-account-password",
};
const empty = { email: "", displayName: "", role: "coordinator" as RoleName, password: "" };

/** Creates an account with an initial password the admin passes on. */
export function CreateAccountForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useFormErrors();
  const [value, setValue] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const fields: Partial<Record<string, string>> = {};
    if (!value.email.trim()) fields.email = t("users.emailMissing");
    if (!value.password) fields.password = t("login.passwordMissing");
    const invalid = { title: t("form.errorTitle"), fields, general: [] };
    if (hasErrors(invalid)) return form.show(invalid);
    try {
      const user = await create.mutateAsync({
        email: value.email.trim(),
        role: value.role,
        password: value.password,
        ...(value.displayName.trim() ? { displayName: value.displayName.trim() } : {}),
      });
      form.clear();
      setValue(empty);
      setCreated(user.email);
    } catch (error) {
      form.show(
        formErrorsFromProblem(error, Object.keys(fieldIds), {
          title: t("users.createFailed"),
          network: t("form.networkError"),
        }),
      );
    }
  };

  return (
    <section className="kurs-section" aria-labelledby="create-account-title">
      <h2 id="create-account-title" className="kern-heading-large">
        {t("users.createTitle")}
      </h2>
      <p className="kern-body">{t("users.createText")}</p>
      {created ? (
        <Alert tone="success" title={t("users.created", { email: created })} role="status" />
      ) : null}
      <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
        {form.errors ? (
          <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
        ) : null}
        <TextField
          id={fieldIds.email}
          label={t("users.newEmail")}
          required
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={value.email}
          onChange={(v) => setValue({ ...value, email: v })}
          error={form.field("email")}
        />
        <TextField
          id={fieldIds.displayName}
          label={t("users.newName")}
          optional
          autoComplete="off"
          value={value.displayName}
          onChange={(v) => setValue({ ...value, displayName: v })}
          error={form.field("displayName")}
        />
        <SelectField
          id={fieldIds.role}
          label={t("users.newRoleLabel")}
          value={value.role}
          onChange={(v) => setValue({ ...value, role: v as RoleName })}
          error={form.field("role")}
        >
          {roleNames.map((role) => (
            <option key={role} value={role}>
              {roleLabel(t, role)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldIds.password}
          label={t("users.startPassword")}
          required
          hint={t("form.passwordHint")}
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          value={value.password}
          onChange={(v) => setValue({ ...value, password: v })}
          error={form.field("password")}
        />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
            <span className="kern-label">
              {create.isPending ? t("form.sending") : t("users.create")}
            </span>
          </button>
        </div>
      </form>
    </section>
  );
}
