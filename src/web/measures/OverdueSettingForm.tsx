import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMeasureSettings, useSaveMeasureSettings } from "../api/measures";
import { Alert } from "../components/Alert";
import { fieldErrors, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

/** For editors: after how many days without a progress update a measure counts as overdue. */
export function OverdueSettingForm() {
  const { t } = useTranslation();
  const settings = useMeasureSettings();
  const save = useSaveMeasureSettings();
  const [days, setDays] = useState<string | null>(null);
  const value = days ?? String(settings.data?.overdueDays ?? "");
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(value.trim());
    save.mutate({ overdueDays: Number.isInteger(n) && value.trim() ? n : -1 });
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="overdue-title">
      <h2 id="overdue-title" className="kern-heading-medium">
        {t("measureSettings.title")}
      </h2>
      {save.isError && !errors.overdueDays ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <TextField
          id="overdueDays"
          label={t("measureSettings.days")}
          hint={t("measureSettings.hint", { days: 90 })}
          value={value}
          onChange={(v) => {
            setDays(v);
            save.reset();
          }}
          error={errors.overdueDays ? t("measureSettings.range") : undefined}
        />
      </div>
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
          <span className="kern-label">{t("measureSettings.save")}</span>
        </button>
      </div>
      {save.isSuccess ? (
        <Alert
          tone="success"
          role="status"
          title={t("measureSettings.saved", { days: save.data.overdueDays })}
        />
      ) : null}
    </form>
  );
}
