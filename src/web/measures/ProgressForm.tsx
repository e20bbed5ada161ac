import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TrafficLight, trafficLights } from "../../domain/measure-progress";
import { usePostProgress } from "../api/measures";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

export const todayInBrowser = () => new Date().toISOString().slice(0, 10);

/** "Teilnehmende = 14" per line → figures; a value that is no number goes to the server as null. */
function parseFigures(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label = "", value = ""] = line.split("=").map((s) => s.trim());
      const number = Number(value.replace(/\./g, "").replace(",", "."));
      return { label, value: value && Number.isFinite(number) ? number : (null as never) };
    });
}

/** Post a Sachstand; typed values stay when the server refuses, field errors show per field. */
export function ProgressForm({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const save = usePostProgress(measureId);
  const [reportedOn, setReportedOn] = useState(todayInBrowser);
  const [light, setLight] = useState<TrafficLight>("green");
  const [text, setText] = useState("");
  const [figures, setFigures] = useState("");
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { reportedOn, trafficLight: light, text, figures: parseFigures(figures) },
      {
        onSuccess: () => {
          setText("");
          setFigures("");
        },
      },
    );
  };
  return (
    <form className="kurs-section" onSubmit={submit} aria-labelledby="progress-title" noValidate>
      <h2 id="progress-title" className="kern-heading-medium">
        {t("measures.progress.title")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <TextField
          id="progress-date"
          label={t("measures.progress.reportedOn")}
          type="date"
          value={reportedOn}
          onChange={setReportedOn}
          error={errors.reportedOn}
        />
        <SelectField
          id="progress-light"
          label={t("measures.progress.light")}
          value={light}
          onChange={(v) => setLight(v as typeof light)}
          options={trafficLights.map((l) => ({ value: l, label: t(`measures.light.${l}`) }))}
          error={errors.trafficLight}
        />
      </div>
      <TextArea
        id="progress-text"
        label={t("measures.progress.text")}
        value={text}
        onChange={setText}
        error={errors.text}
      />
      <TextArea
        id="progress-figures"
        label={t("measures.progress.figures")}
        hint={t("measures.progress.figuresHint")}
        optional
        value={figures}
        onChange={setFigures}
        error={errors.figures}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">
            {save.isPending ? t("form.saving") : t("measures.progress.submit")}
          </span>
        </button>
      </div>
    </form>
  );
}
