import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Council, CreatePaper, Paper } from "../../contract/council";
import { useApiPost } from "../api/queries";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/FormFields";
import { ErrorNotice } from "../components/QueryState";

type Step = {
  uid: string;
  committeeId: string;
  meetingId: string;
  role: "preliminary" | "decision" | "noting";
};
const roles = ["preliminary", "decision", "noting"] as const;

/** A new Vorlage with its Beratungsfolge; typed values stay when the server refuses. */
export function PaperForm({ council }: { council: Council }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const post = useApiPost<CreatePaper, Paper>("/papers");
  const first = council.committees[0]?.id ?? "";
  const [paper, setPaper] = useState({
    reference: "",
    kind: "decision" as "decision" | "information",
    title: "",
    statementOfFacts: "",
    proposedResolution: "",
    financialImpact: "",
    leadUnit: "",
  });
  const [steps, setSteps] = useState<Step[]>([
    { uid: crypto.randomUUID(), committeeId: first, meetingId: "", role: "preliminary" },
  ]);
  const errors = fieldErrors(post.error);
  const set = (key: keyof typeof paper) => (value: string) => setPaper({ ...paper, [key]: value });
  const setStep = (i: number, change: Partial<Step>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(
      {
        ...paper,
        reference: paper.reference || undefined,
        proposedResolution: paper.proposedResolution || undefined,
        financialImpact: paper.financialImpact || undefined,
        leadUnit: paper.leadUnit || undefined,
        consultations: steps.map(({ uid: _uid, ...s }) => ({
          ...s,
          meetingId: s.meetingId || undefined,
        })),
      },
      { onSuccess: (created) => navigate(`/gremien/vorlagen/${created.id}`) },
    );
  };

  return (
    <section className="kurs-section" aria-labelledby="paper-form-title">
      <h2 id="paper-form-title" className="kern-heading-large">
        {t("council.paperForm.title")}
      </h2>
      {post.isError ? <ErrorNotice error={post.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid="paper-form">
        <TextField
          id="paper-reference"
          label={t("council.paper.reference")}
          value={paper.reference}
          onChange={set("reference")}
          error={errors.reference}
        />
        <SelectField
          id="paper-kind"
          label={t("council.paper.kind")}
          value={paper.kind}
          onChange={set("kind")}
          options={(["decision", "information"] as const).map((k) => ({
            value: k,
            label: t(`overview.papers.kinds.${k}`),
          }))}
          error={errors.kind}
        />
        <TextField
          id="paper-title"
          label={t("council.paper.titleField")}
          value={paper.title}
          onChange={set("title")}
          error={errors.title}
          required
        />
        <TextArea
          id="paper-facts"
          label={t("council.paper.statementOfFacts")}
          value={paper.statementOfFacts}
          onChange={set("statementOfFacts")}
          error={errors.statementOfFacts}
        />
        <TextArea
          id="paper-proposal"
          label={t("council.paper.proposedResolution")}
          value={paper.proposedResolution}
          onChange={set("proposedResolution")}
          error={errors.proposedResolution}
        />
        <TextArea
          id="paper-finance"
          label={t("council.paper.financialImpact")}
          value={paper.financialImpact}
          onChange={set("financialImpact")}
          error={errors.financialImpact}
        />
        <TextField
          id="paper-lead"
          label={t("council.paper.leadUnit")}
          value={paper.leadUnit}
          onChange={set("leadUnit")}
          error={errors.leadUnit}
        />
        {steps.map((step, i) => (
          <fieldset key={step.uid} className="kern-fieldset" data-testid="consultation-step">
            <legend className="kern-label">{t("council.paperForm.step", { number: i + 1 })}</legend>
            <div className="kern-fieldset__body">
              <SelectField
                id={`step-${i}-committee`}
                label={t("council.consultations.committee")}
                value={step.committeeId}
                onChange={(committeeId) => setStep(i, { committeeId, meetingId: "" })}
                options={council.committees.map((c) => ({ value: c.id, label: c.name }))}
                error={errors[`consultations.${i}.committeeId`]}
              />
              <SelectField
                id={`step-${i}-meeting`}
                label={t("council.consultations.meeting")}
                value={step.meetingId}
                onChange={(meetingId) => setStep(i, { meetingId })}
                options={[
                  { value: "", label: t("council.consultations.noMeeting") },
                  ...council.meetings
                    .filter((m) => m.committeeId === step.committeeId)
                    .map((m) => ({ value: m.id, label: `${m.name} (${m.meetingDate})` })),
                ]}
                error={errors[`consultations.${i}.meetingId`]}
              />
              <SelectField
                id={`step-${i}-role`}
                label={t("council.consultations.role")}
                value={step.role}
                onChange={(role) => setStep(i, { role: role as Step["role"] })}
                options={roles.map((r) => ({ value: r, label: t(`overview.papers.roles.${r}`) }))}
                error={errors[`consultations.${i}.role`]}
              />
            </div>
          </fieldset>
        ))}
        <div className="kurs-form__actions">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() =>
              setSteps([
                ...steps,
                { uid: crypto.randomUUID(), committeeId: first, meetingId: "", role: "decision" },
              ])
            }
          >
            <span className="kern-label">{t("council.paperForm.addStep")}</span>
          </button>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={post.isPending}>
            <span className="kern-label">{t("council.paperForm.submit")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
