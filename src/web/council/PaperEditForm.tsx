import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import { fieldErrors, TextArea, TextField } from "../components/FormFields";
import { ErrorNotice } from "../components/QueryState";
import { useUpdatePaper } from "./paperFilesApi";

/** Edits Bezeichnung, Sachverhalt, Beschlussvorschlag and finanzielle Auswirkungen while undecided. */
export function PaperEditForm({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const update = useUpdatePaper(paper.id);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({
    title: paper.title,
    statementOfFacts: paper.statementOfFacts,
    proposedResolution: paper.proposedResolution ?? "",
    financialImpact: paper.financialImpact ?? "",
  });
  const errors = fieldErrors(update.error);
  const set = (key: keyof typeof values) => (value: string) =>
    setValues({ ...values, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(values, { onSuccess: () => setOpen(false) });
  };

  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => setOpen(true)}
          data-testid="paper-edit-open"
        >
          <span className="kern-label">{t("paperFiles.edit.open")}</span>
        </button>
      </p>
    );
  }
  return (
    <section className="kurs-section" aria-labelledby="paper-edit-title">
      <h2 id="paper-edit-title" className="kern-heading-large">
        {t("paperFiles.edit.title")}
      </h2>
      {update.isError ? <ErrorNotice error={update.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid="paper-edit-form">
        <TextField
          id="edit-title"
          label={t("council.paper.titleField")}
          value={values.title}
          onChange={set("title")}
          error={errors.title}
          required
        />
        <TextArea
          id="edit-facts"
          label={t("council.paper.statementOfFacts")}
          value={values.statementOfFacts}
          onChange={set("statementOfFacts")}
          error={errors.statementOfFacts}
        />
        <TextArea
          id="edit-proposal"
          label={t("council.paper.proposedResolution")}
          value={values.proposedResolution}
          onChange={set("proposedResolution")}
          error={errors.proposedResolution}
        />
        <TextArea
          id="edit-finance"
          label={t("council.paper.financialImpact")}
          value={values.financialImpact}
          onChange={set("financialImpact")}
          error={errors.financialImpact}
        />
        <div className="kurs-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
            <span className="kern-label">{t("paperFiles.edit.save")}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => setOpen(false)}
          >
            <span className="kern-label">{t("paperFiles.edit.cancel")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
