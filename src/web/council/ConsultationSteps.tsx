import { useTranslation } from "react-i18next";
import type { Council } from "../../contract/council";
import { type ConsultationRole, consultationRoles } from "../../domain/council-vocabulary";
import { SelectField } from "../components/form";

export type Step = {
  uid: string;
  committeeId: string;
  meetingId: string;
  role: ConsultationRole;
};
const roles = consultationRoles;

export const newStep = (committeeId: string, role: Step["role"]): Step => ({
  uid: crypto.randomUUID(),
  committeeId,
  meetingId: "",
  role,
});

/** The Beratungsfolge of a new Vorlage: per step committee, meeting (optional) and role. */
export function ConsultationSteps({
  council,
  steps,
  onChange,
  errors,
}: {
  council: Council;
  steps: Step[];
  onChange: (steps: Step[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const setStep = (i: number, change: Partial<Step>) =>
    onChange(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return steps.map((step, i) => (
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
  ));
}
