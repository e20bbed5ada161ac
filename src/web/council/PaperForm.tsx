import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Council, CreatePaper, Paper } from "../../contract/council";
import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import { paperKinds } from "../../domain/council-vocabulary";
import { useRouteWrite } from "../api/route-write";
import { fieldErrors, SelectField, TextArea, TextField, useFieldValues } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { ConsultationSteps, newStep, type Step } from "./ConsultationSteps";
import { useUpdatePaper } from "./paperFilesApi";

type Props =
  /** A new Vorlage with its Beratungsfolge. */
  | { mode: "new"; council: Council }
  /** Bezeichnung, Sachverhalt, Beschlussvorschlag and finanzielle Auswirkungen of an undecided one. */
  | { mode: "edit"; paper: Paper; onClose: () => void };

const valuesOf = (paper?: Paper) => ({
  reference: "",
  kind: "decision" as string,
  title: paper?.title ?? "",
  statementOfFacts: paper?.statementOfFacts ?? "",
  proposedResolution: paper?.proposedResolution ?? "",
  financialImpact: paper?.financialImpact ?? "",
  leadUnit: "",
});

/** A Vorlage, new or edited; typed values stay when the server refuses. */
export function PaperForm(props: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = props.mode === "edit" ? props : null;
  const council = props.mode === "new" ? props.council : null;
  const post = useRouteWrite(api.createPaper, {});
  const update = useUpdatePaper(edit?.paper.id ?? "");
  const write = edit ? update : post;
  const first = council?.committees[0]?.id ?? "";
  const [steps, setSteps] = useState<Step[]>([newStep(first, "preliminary")]);
  const errors = fieldErrors(write.error);
  const { values, bind } = useFieldValues(valuesOf(edit?.paper), errors);
  const prefix = edit ? "edit" : "paper";
  const titleId = edit ? "paper-edit-title" : "paper-form-title";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { title, statementOfFacts, proposedResolution, financialImpact } = values;
    if (edit) {
      const body = { title, statementOfFacts, proposedResolution, financialImpact };
      update.mutate(body, { onSuccess: edit.onClose });
      return;
    }
    post.mutate(
      {
        ...values,
        kind: values.kind as CreatePaper["kind"],
        reference: values.reference || undefined,
        proposedResolution: proposedResolution || undefined,
        financialImpact: financialImpact || undefined,
        leadUnit: values.leadUnit || undefined,
        consultations: steps.map(({ uid: _uid, ...s }) => ({
          ...s,
          meetingId: s.meetingId || undefined,
        })),
      },
      { onSuccess: (created) => navigate(`/gremien/vorlagen/${created.id}`) },
    );
  };

  return (
    <section className="kurs-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="kern-heading-large">
        {edit ? t("paperFiles.edit.title") : t("council.paperForm.title")}
      </h2>
      {write.isError ? <ErrorNotice error={write.error} /> : null}
      <form
        className="kurs-form"
        onSubmit={submit}
        noValidate
        data-testid={edit ? "paper-edit-form" : "paper-form"}
      >
        {edit ? null : (
          <>
            <TextField
              id="paper-reference"
              label={t("council.paper.reference")}
              {...bind("reference")}
            />
            <SelectField
              id="paper-kind"
              label={t("council.paper.kind")}
              options={paperKinds.map((k) => ({
                value: k,
                label: t(`overview.papers.kinds.${k}`),
              }))}
              {...bind("kind")}
            />
          </>
        )}
        <TextField
          id={`${prefix}-title`}
          label={t("council.paper.titleField")}
          {...bind("title")}
          required
        />
        <TextArea
          id={`${prefix}-facts`}
          label={t("council.paper.statementOfFacts")}
          {...bind("statementOfFacts")}
        />
        <TextArea
          id={`${prefix}-proposal`}
          label={t("council.paper.proposedResolution")}
          {...bind("proposedResolution")}
        />
        <TextArea
          id={`${prefix}-finance`}
          label={t("council.paper.financialImpact")}
          {...bind("financialImpact")}
        />
        {council ? (
          <>
            <TextField id="paper-lead" label={t("council.paper.leadUnit")} {...bind("leadUnit")} />
            <ConsultationSteps
              council={council}
              steps={steps}
              onChange={setSteps}
              errors={errors}
            />
          </>
        ) : null}
        <div className="kurs-form__actions">
          {council ? (
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => setSteps([...steps, newStep(first, "decision")])}
            >
              <span className="kern-label">{t("council.paperForm.addStep")}</span>
            </button>
          ) : null}
          <button type="submit" className="kern-btn kern-btn--primary" disabled={write.isPending}>
            <span className="kern-label">
              {edit ? t("paperFiles.edit.save") : t("council.paperForm.submit")}
            </span>
          </button>
          {edit ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={edit.onClose}>
              <span className="kern-label">{t("paperFiles.edit.cancel")}</span>
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
