import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedAccessToken } from "../../contract/access-tokens";
import { maxTokenValidityDays, type TokenAccessLevel } from "../../domain/access-tokens";
import { ErrorSummary } from "../auth/form/ErrorSummary";
import { formErrorsFromProblem, useFormErrors } from "../auth/form/formErrors";
import { Alert } from "../components/Alert";
import { SelectField, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { useAccessTokens, useCreateAccessToken, useRevokeAccessToken } from "./accessTokensApi";

const fieldIds = { name: "token-name", access: "token-access", validDays: "token-valid-days" };
const validities = [30, 90, 180, maxTokenValidityDays];

/**
 * Personal access tokens for scripts, Excel/Power Query and dashboards: create (shown once),
 * list with last use, revoke. Tokens act with the own role, never with admin permissions.
 */
export function AccessTokensSection() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const tokens = useAccessTokens();
  const create = useCreateAccessToken();
  const revoke = useRevokeAccessToken();
  const form = useFormErrors();
  const [name, setName] = useState("");
  const [access, setAccess] = useState<TokenAccessLevel>("read");
  const [validDays, setValidDays] = useState(String(90));
  const [created, setCreated] = useState<CreatedAccessToken | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      return form.show({
        title: t("form.errorTitle"),
        fields: { name: t("tokens.nameMissing") },
        general: [],
      });
    }
    try {
      const result = await create.mutateAsync({
        name: name.trim(),
        access,
        validDays: Number(validDays),
      });
      form.clear();
      setName("");
      setCreated(result);
    } catch (error) {
      form.show(
        formErrorsFromProblem(error, Object.keys(fieldIds), {
          title: t("tokens.failed"),
          network: t("form.networkError"),
        }),
      );
    }
  };

  const day = (iso: string) => date(iso.slice(0, 10));
  return (
    <section className="kurs-section" aria-labelledby="tokens-title" data-testid="access-tokens">
      <h2 id="tokens-title" className="kern-heading-large">
        {t("tokens.title")}
      </h2>
      <p className="kern-body">{t("tokens.intro")}</p>
      {created ? (
        <Alert tone="success" title={t("tokens.created")} role="status" headingLevel={3}>
          <p className="kern-body">{t("tokens.shownOnce")}</p>
          <p className="kern-body">
            <code data-testid="new-token">{created.token}</code>
          </p>
          <p className="kern-body">{t("tokens.usage")}</p>
        </Alert>
      ) : null}
      {tokens.isError ? <ErrorNotice error={tokens.error} /> : null}
      {tokens.data && tokens.data.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll container is the interaction
        <section className="kern-table-responsive" aria-labelledby="tokens-title" tabIndex={0}>
          <table className="kern-table" data-testid="token-list">
            <caption className="kern-sr-only">{t("tokens.caption")}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("tokens.name")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("tokens.access")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("tokens.expires")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("tokens.lastUsed")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("tokens.state")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {tokens.data.map((token) => (
                <tr key={token.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">
                    {token.name}
                  </th>
                  <td className="kern-table__cell">{t(`tokens.accessLevels.${token.access}`)}</td>
                  <td className="kern-table__cell">{day(token.expiresAt)}</td>
                  <td className="kern-table__cell">
                    {token.lastUsedAt ? day(token.lastUsedAt) : t("tokens.neverUsed")}
                  </td>
                  <td className="kern-table__cell">
                    {token.revokedAt ? (
                      t("tokens.revoked")
                    ) : (
                      <button
                        type="button"
                        className="kern-btn kern-btn--secondary"
                        onClick={() => revoke.mutate(token.id)}
                        disabled={revoke.isPending}
                      >
                        <span className="kern-label">
                          {t("tokens.revoke", { name: token.name })}
                        </span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <form className="kurs-form" noValidate onSubmit={(e) => void submit(e)}>
        <h3 className="kern-heading-medium">{t("tokens.new")}</h3>
        {form.errors ? (
          <ErrorSummary key={form.attempt} errors={form.errors} fieldIds={fieldIds} />
        ) : null}
        <TextField
          id={fieldIds.name}
          label={t("tokens.name")}
          hint={t("tokens.nameHint")}
          required
          value={name}
          onChange={setName}
          error={form.field("name")}
        />
        <SelectField
          id={fieldIds.access}
          label={t("tokens.access")}
          hint={t("tokens.accessHint")}
          value={access}
          onChange={(value) => setAccess(value === "write" ? "write" : "read")}
          options={[
            { value: "read", label: t("tokens.accessLevels.read") },
            { value: "write", label: t("tokens.accessLevels.write") },
          ]}
          error={form.field("access")}
        />
        <SelectField
          id={fieldIds.validDays}
          label={t("tokens.validDays")}
          value={validDays}
          onChange={setValidDays}
          options={validities.map((days) => ({
            value: String(days),
            label: t("tokens.days", { count: days }),
          }))}
          error={form.field("validDays")}
        />
        <div className="kern-btn-wrapper">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
            <span className="kern-label">
              {create.isPending ? t("form.sending") : t("tokens.create")}
            </span>
          </button>
        </div>
      </form>
    </section>
  );
}
