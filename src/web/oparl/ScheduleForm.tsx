import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type OParlSchedule, oparlSchedules } from "../../domain/oparl-schedule";
import { Alert } from "../components/Alert";
import { fieldErrors, SelectField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useSaveOParlSchedule } from "./oparlSyncApi";

/** The automatic sync (off, daily, weekly); without an address the server names the field. */
export function ScheduleForm({ current }: { current: OParlSchedule }) {
  const { t } = useTranslation();
  const save = useSaveOParlSchedule();
  const [schedule, setSchedule] = useState<OParlSchedule>(current);
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ schedule });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="oparl-schedule-title">
      <h2 className="kern-heading-medium" id="oparl-schedule-title">
        {t("oparlSync.schedule")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {save.isSuccess ? <Alert tone="success" title={t("oparlSync.scheduleSaved")} /> : null}
      <SelectField
        id="schedule"
        label={t("oparlSync.scheduleLabel")}
        hint={t("oparlSync.scheduleHint")}
        value={schedule}
        onChange={(value) => setSchedule(value as OParlSchedule)}
        error={errors.schedule}
        options={oparlSchedules.map((s) => ({ value: s, label: t(`oparlSync.schedules.${s}`) }))}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
          <span className="kern-label">{t("oparlSync.saveSchedule")}</span>
        </button>
      </div>
    </form>
  );
}
