import "./indicators.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { SubmissionInput, SubmissionScope } from "../../contract/indicators";
import { isPeriod, periodLabel } from "../../domain/indicator";
import { ApiError } from "../api/client";
import { useSubmissionScope, useSubmitValues } from "../api/indicators";
import { Alert } from "../components/Alert";
import { SelectField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { formatDate } from "../i18n/format";

const cellKey = (indicatorId: string, period: string) => `${indicatorId}|${period}`;

/** "1.234,5" → 1234.5; "." and "*" are the source's suppression marks. */
function parseEntry(text: string): { value: number | null; mark: "." | "*" | null } {
  const t = text.trim();
  if (t === "." || t === "*") return { value: null, mark: t };
  return { value: Number(t.replace(/\./g, "").replace(",", ".")), mark: null };
}

/** Entry page of a submission link: no account; values are saved as drafts for the office. */
export function SubmissionPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const scope = useSubmissionScope(token);
  // An unknown, expired or revoked link still gets a page with its heading.
  if (scope.isError)
    return (
      <Page title={t("indicators.submit.unusable")}>
        <ErrorNotice error={scope.error} />
      </Page>
    );
  return (
    <QueryState query={scope}>
      {(data) => (
        <Page
          title={t("indicators.submit.title", { partner: data.partnerName })}
          lead={t("indicators.submit.lead")}
        >
          <SubmissionForm token={token} scope={data} />
        </Page>
      )}
    </QueryState>
  );
}

function SubmissionForm({ token, scope }: { token: string; scope: SubmissionScope }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en" : "de";
  const submit = useSubmitValues(token);
  const [municipalityId, setMunicipalityId] = useState("");
  const [entries, setEntries] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<string[]>([]);
  // The expiry is the link's last day (stored as its end in UTC): show the calendar day.
  const expires = formatDate(scope.expiresAt.slice(0, 10), language);
  // Problems come back by position in the list that was sent: map them to their input.
  const errors: Record<string, string> = {};
  const general: string[] = [];
  if (submit.error instanceof ApiError)
    for (const issue of submit.error.problem?.errors ?? []) {
      const index = /^values\.(\d+)\./.exec(issue.path)?.[1];
      const key = index === undefined ? undefined : sent[Number(index)];
      if (key) errors[key] = errors[key] ? `${errors[key]} ${issue.message}` : issue.message;
      else general.push(issue.message);
    }
  return (
    <form
      className="kurs-form"
      data-testid="submission-form"
      onSubmit={(e) => {
        e.preventDefault();
        const filled = Object.entries(entries).filter(([, text]) => text.trim() !== "");
        const values: SubmissionInput["values"] = filled.map(([key, text]) => {
          const [indicatorId = "", period = ""] = key.split("|");
          return {
            indicatorId,
            period,
            municipalityId: municipalityId || null,
            ...parseEntry(text),
          };
        });
        setSent(filled.map(([key]) => key));
        submit.mutate({ values });
      }}
    >
      <p className="kern-body">{t("indicators.submit.expires", { date: expires })}</p>
      {submit.isSuccess ? (
        <Alert
          tone="success"
          title={t("indicators.submit.saved", { count: submit.data.saved })}
          role="status"
        />
      ) : null}
      {submit.isError && !Object.keys(errors).length ? (
        <ErrorNotice error={submit.error} />
      ) : general.length ? (
        <Alert tone="danger" title={general.join(" ")} role="alert" />
      ) : null}
      <SelectField
        id="submission-municipality"
        label={t("indicators.municipality")}
        hint={t("indicators.submit.municipalityHint")}
        value={municipalityId}
        onChange={setMunicipalityId}
        emptyLabel={t("indicators.county")}
        options={scope.municipalities.map((m) => ({ value: m.id, label: m.name }))}
      />
      <p className="kern-body kern-body--muted">{t("indicators.valueHint")}</p>
      {scope.indicators.map((indicator) => {
        const periods = scope.periods.filter((p) => isPeriod(indicator.periodicity, p));
        return (
          <fieldset className="kern-fieldset" key={indicator.id}>
            <legend className="kern-label">
              {indicator.name} ({t(`indicators.unit.${indicator.unit}`)})
            </legend>
            <div className="kern-fieldset__body kurs-check-grid">
              {periods.map((period) => {
                const key = cellKey(indicator.id, period);
                const id = `value-${indicator.key}-${period}`;
                const error = errors[key];
                return (
                  <div
                    className={error ? "kern-form-input kern-form-input--error" : "kern-form-input"}
                    key={key}
                  >
                    <label className="kern-label" htmlFor={id}>
                      {periodLabel(period, language)}
                    </label>
                    {error ? (
                      <p className="kern-error" id={`${id}-error`}>
                        <span
                          className="kern-icon kern-icon--danger kern-icon--default"
                          aria-hidden="true"
                        />
                        <span className="kern-body">{error}</span>
                      </p>
                    ) : null}
                    <input
                      id={id}
                      name={id}
                      inputMode="decimal"
                      className={
                        error
                          ? "kern-form-input__input kern-form-input__input--error"
                          : "kern-form-input__input"
                      }
                      value={entries[key] ?? ""}
                      onChange={(e) => setEntries({ ...entries, [key]: e.target.value })}
                      aria-describedby={error ? `${id}-error` : undefined}
                      aria-invalid={error ? true : undefined}
                    />
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <button className="kern-btn kern-btn--primary" type="submit" disabled={submit.isPending}>
        <span className="kern-label">{t("indicators.submit.save")}</span>
      </button>
    </form>
  );
}
