import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CountySettings } from "../../contract/county-settings";
import { closingUntilFromGerman, germanClosingUntil } from "../../domain/year-close";
import { Alert } from "../components/Alert";
import { fieldErrors, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useSaveCountySettings } from "./countyApi";

/** A whole number as typed: digits become a number, anything else goes to the server as text. */
const numberOrText = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : text);

/** Name, county key and the rules of this county: disclosure, overdue, staleness, reporting. */
export function CountySettingsForm({ current }: { current: CountySettings }) {
  const { t } = useTranslation();
  const save = useSaveCountySettings();
  const [values, setValues] = useState({
    name: current.name,
    agsPrefix: current.agsPrefix ?? "",
    disclosureThreshold: String(current.disclosureThreshold),
    measureOverdueDays: String(current.measureOverdueDays),
    measureStaleDays: current.measureStaleDays === null ? "" : String(current.measureStaleDays),
    reportFullMeasures: String(current.reportFullMeasures),
    ledgerClosingUntil: germanClosingUntil(current.ledgerClosingUntil),
  });
  const set = (key: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      name: values.name,
      agsPrefix: values.agsPrefix.trim() === "" ? null : values.agsPrefix,
      disclosureThreshold: numberOrText(values.disclosureThreshold),
      measureOverdueDays: numberOrText(values.measureOverdueDays),
      measureStaleDays:
        values.measureStaleDays.trim() === "" ? null : numberOrText(values.measureStaleDays),
      reportFullMeasures: numberOrText(values.reportFullMeasures),
      // Typed as a German day ("31.01."); what is not one goes as typed and is refused at the field.
      ledgerClosingUntil:
        closingUntilFromGerman(values.ledgerClosingUntil) ?? values.ledgerClosingUntil,
    });
  };
  const field = (key: keyof typeof values, optional = false) => (
    <TextField
      id={key}
      label={t(`county.${key}`)}
      hint={t(`county.${key}Hint`)}
      optional={optional}
      value={values[key]}
      onChange={set(key)}
      error={errors[key]}
      inputMode={key === "name" ? undefined : key === "ledgerClosingUntil" ? "decimal" : "numeric"}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="county-settings-title">
      <h2 className="kern-heading-medium" id="county-settings-title">
        {t("county.settingsTitle")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {save.isSuccess ? <Alert tone="success" title={t("county.saved")} /> : null}
      {field("name")}
      {field("agsPrefix", true)}
      {field("disclosureThreshold")}
      {field("measureOverdueDays")}
      {field("measureStaleDays", true)}
      {field("reportFullMeasures")}
      {field("ledgerClosingUntil")}
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">{save.isPending ? t("form.saving") : t("county.save")}</span>
        </button>
      </div>
    </form>
  );
}
