import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { useGrantStep } from "../api/grants";
import { fieldErrors, TextArea } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

/**
 * Withdraw (the provider or the office, before a decision; reason optional) and refuse (the office,
 * under review; reason required): each change dated, reasoned and audited by the server.
 */
export function ReasonStepForm({ a, step: kind }: { a: Application; step: "withdraw" | "refuse" }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const [reason, setReason] = useState("");
  const errors = fieldErrors(step.error);
  const headingId = `grant-${kind}-heading`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step.isPending) return;
    step.mutate({
      path: `/grant-applications/${a.id}/${kind}`,
      body: { reason: reason.trim() || (kind === "refuse" ? reason : null) },
    });
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-medium">
        {t(`grants.steps.${kind}Title`)}
      </h2>
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <TextArea
        id={`grant-${kind}-reason`}
        label={t(`grants.steps.${kind}Reason`)}
        optional={kind === "withdraw"}
        rows={3}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <div className="kurs-actions">
        <button
          type="submit"
          className="kern-btn kern-btn--secondary"
          disabled={step.isPending}
          data-testid={`grant-${kind}`}
        >
          <span className="kern-label">{t(`grants.steps.${kind}`)}</span>
        </button>
      </div>
    </form>
  );
}

/** The application's attachments (Anlagen), to download. */
export function ApplicationFiles({ a }: { a: Application }) {
  const { t } = useTranslation();
  if (!a.files.length) return null;
  return (
    <section className="kurs-section" aria-labelledby="grant-files">
      <h2 id="grant-files" className="kern-heading-medium">
        {t("grants.files")}
      </h2>
      <ul className="kern-list">
        {a.files.map((f) => (
          <li key={f.id}>
            <a
              className="kern-link"
              href={`/api/v1/grant-applications/${a.id}/files/${f.id}`}
              download={f.fileName}
            >
              {f.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
