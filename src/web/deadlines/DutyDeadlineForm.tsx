import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReportingDutySchedule } from "../../contract/committee-reports";
import { useSetPaperDeadline } from "../api/committee-reports";
import { fieldErrors, SelectField, TextField } from "../components/form";
import { useCountyPaperDeadline } from "./paperDeadlineApi";

const ownDays = (duty: ReportingDutySchedule | undefined) =>
  duty?.paperDeadlineSource === "duty" ? String(duty.paperDeadlineDays) : "";

/**
 * A reporting duty's own lead time for its report (page „Berichte“). Empty: the county's
 * Vorlagenfrist applies (set on the page „Landkreis“; the rule is domain/paper-deadline).
 */
export function DutyDeadlineForm({ duties }: { duties: ReportingDutySchedule[] }) {
  const { t } = useTranslation();
  const save = useSetPaperDeadline();
  const county = useCountyPaperDeadline();
  const [dutyId, setDutyId] = useState(duties[0]?.id ?? "");
  const [days, setDays] = useState(ownDays(duties[0]));
  const errors = fieldErrors(save.error);
  const choose = (id: string) => {
    setDutyId(id);
    setDays(ownDays(duties.find((d) => d.id === id)));
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: dutyId, paperDeadlineDays: days.trim() === "" ? null : days });
  };
  return (
    <form className="kurs-report-form" onSubmit={submit} noValidate>
      <h3 className="kern-heading-small">{t("reportsPage.deadline.title")}</h3>
      <SelectField
        id="deadline-duty"
        label={t("reportsPage.deadline.duty")}
        value={dutyId}
        onChange={choose}
        options={duties.map((d) => ({
          value: d.id,
          label: `${d.committee.name} – ${t(`council.cadences.${d.cadence}`)}`,
        }))}
      />
      <TextField
        id="deadline-days"
        label={t("reportsPage.deadline.days")}
        hint={
          county.data
            ? t("reportsPage.deadline.hintCounty", { count: county.data.paperDeadlineDays })
            : t("reportsPage.deadline.hint")
        }
        optional
        value={days}
        onChange={setDays}
        error={errors.paperDeadlineDays}
        inputMode="numeric"
      />
      <p className="kern-body">
        <Link className="kern-link" to="/landkreis">
          {t("reportsPage.deadline.toCounty")}
        </Link>
      </p>
      <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
        <span className="kern-label">{t("reportsPage.deadline.save")}</span>
      </button>
      <div aria-live="polite">{save.isSuccess ? t("reportsPage.deadline.saved") : null}</div>
    </form>
  );
}
