import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/Alert";
import { fieldErrors, TextField } from "../components/form";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { useCountyPaperDeadline, useSaveCountyPaperDeadline } from "./paperDeadlineApi";

/**
 * The county's Vorlagenfrist on the page „Landkreis“: one number every deadline
 * follows from — papers for meetings, the calendar, the lapse warning of funds, and the reports
 * of every reporting duty without its own lead time.
 */
export function PaperDeadlineSection() {
  const current = useCountyPaperDeadline();
  return (
    <QueryState query={current}>
      {/* No key from the value: the form stays mounted after a save, with its message. */}
      {(data) => <PaperDeadlineForm days={data.paperDeadlineDays} />}
    </QueryState>
  );
}

function PaperDeadlineForm({ days }: { days: number }) {
  const { t } = useTranslation();
  const save = useSaveCountyPaperDeadline();
  const [typed, setTyped] = useState(String(days));
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(typed);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="paper-deadline-title">
      <h2 className="kern-heading-medium" id="paper-deadline-title">
        {t("paperDeadline.title")}
      </h2>
      <p className="kern-body">{t("paperDeadline.lead")}</p>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {save.isSuccess ? (
        <Alert
          tone="success"
          title={t("paperDeadline.saved", { count: save.data.paperDeadlineDays })}
        />
      ) : null}
      <TextField
        id="paperDeadlineDays"
        label={t("paperDeadline.days")}
        hint={t("paperDeadline.hint")}
        value={typed}
        onChange={setTyped}
        error={errors.paperDeadlineDays}
        inputMode="numeric"
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">
            {save.isPending ? t("form.saving") : t("paperDeadline.save")}
          </span>
        </button>
      </div>
    </form>
  );
}
