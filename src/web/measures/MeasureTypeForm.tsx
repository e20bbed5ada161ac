import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAddMeasureType } from "../api/measures";
import { Alert } from "../components/Alert";
import { fieldErrors, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

/** For editors: extend the list of measure types (Sprachkurs, Beratung, … are seeded). */
export function MeasureTypeForm({ types }: { types: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const add = useAddMeasureType();
  const [name, setName] = useState("");
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ name }, { onSuccess: () => setName("") });
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="types-title">
      <h2 id="types-title" className="kern-heading-medium">
        {t("measureTypes.title")}
      </h2>
      <p className="kern-body">
        {t("measureTypes.current")} {types.map((type) => type.name).join(", ")}
      </p>
      {add.isError && !errors.name ? <ErrorNotice error={add.error} /> : null}
      <div className="kurs-form-grid">
        <TextField
          id="measureTypeName"
          label={t("measureTypes.name")}
          value={name}
          onChange={(v) => {
            setName(v);
            add.reset();
          }}
          error={errors.name}
        />
      </div>
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={add.isPending}>
          <span className="kern-label">{t("measureTypes.add")}</span>
        </button>
      </div>
      {add.isSuccess ? (
        <Alert
          tone="success"
          role="status"
          title={t("measureTypes.added", { name: add.data.name })}
        />
      ) : null}
    </form>
  );
}
