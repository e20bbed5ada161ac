import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Measure } from "../../contract/measures";
import { allowedTransitions } from "../../domain/measure-status";
import { useChangeStatus } from "../api/measures";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { todayInBrowser } from "./ProgressForm";

/** Change the status along the workflow (the same table the server checks), with date and reason. */
export function StatusForm({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const save = useChangeStatus(measure.id);
  const next = allowedTransitions[measure.status];
  const [status, setStatus] = useState<string>(next[0] ?? "");
  const [changedOn, setChangedOn] = useState(todayInBrowser);
  const [reason, setReason] = useState("");
  const errors = fieldErrors(save.error);
  if (next.length === 0) {
    return (
      <p className="kern-body">
        {t("measures.statusForm.final", { status: t(`measures.status.${measure.status}`) })}
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { status: status as Measure["status"], changedOn, reason },
      { onSuccess: () => setReason("") },
    );
  };
  return (
    <form className="kurs-section" onSubmit={submit} aria-labelledby="status-title" noValidate>
      <h2 id="status-title" className="kern-heading-medium">
        {t("measures.statusForm.title")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <SelectField
          id="status-new"
          label={t("measures.statusForm.status")}
          value={status}
          onChange={setStatus}
          options={next.map((s) => ({ value: s, label: t(`measures.status.${s}`) }))}
          error={errors.status}
        />
        <TextField
          id="status-date"
          label={t("measures.statusForm.changedOn")}
          type="date"
          value={changedOn}
          onChange={setChangedOn}
          error={errors.changedOn}
        />
      </div>
      <TextArea
        id="status-reason"
        label={t("measures.statusForm.reason")}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">{t("measures.statusForm.submit")}</span>
        </button>
      </div>
    </form>
  );
}
