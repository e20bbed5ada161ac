import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Municipality, MunicipalityInput } from "../../contract/municipalities";
import { municipalityKinds } from "../../domain/partners";
import { Alert } from "../components/Alert";
import { fieldErrors, SelectField, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useSaveMunicipality } from "./municipalitiesApi";

/**
 * Adds a municipality (editing null) or edits one: name, kind and AGS. The server checks the key
 * (8 digits with the county's prefix) and the name (unique) and answers at the field.
 */
export function MunicipalityForm({
  editing,
  onDone,
}: {
  editing: Municipality | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveMunicipality(editing?.id ?? null);
  const [name, setName] = useState(editing?.name ?? "");
  const [kind, setKind] = useState<string>(editing?.kind ?? "municipality");
  const [ags, setAgs] = useState(editing?.ags ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name, kind: kind as MunicipalityInput["kind"], ags: ags.trim() === "" ? null : ags.trim() },
      {
        onSuccess: (row) => {
          setSaved(row.name);
          if (editing) onDone();
          else {
            setName("");
            setAgs("");
          }
        },
      },
    );
  };
  const title = editing
    ? t("county.municipalities.editTitle", { name: editing.name })
    : t("county.municipalities.addTitle");
  return (
    <form onSubmit={submit} noValidate aria-labelledby="municipality-form-title">
      <h2 className="kern-heading-medium" id="municipality-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {saved && !save.isError ? (
        <Alert tone="success" title={t("county.municipalities.saved", { name: saved })} />
      ) : null}
      <TextField
        id="municipality-name"
        label={t("county.municipalities.name")}
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="off"
      />
      <SelectField
        id="municipality-kind"
        label={t("county.municipalities.kind")}
        value={kind}
        onChange={setKind}
        error={errors.kind}
        options={municipalityKinds.map((k) => ({ value: k, label: t(`byPlace.kinds.${k}`) }))}
      />
      <TextField
        id="municipality-ags"
        label={t("county.municipalities.ags")}
        hint={t("county.municipalities.agsHint")}
        optional
        value={ags}
        onChange={setAgs}
        error={errors.ags}
        inputMode="numeric"
        autoComplete="off"
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">
            {save.isPending
              ? t("form.saving")
              : editing
                ? t("county.municipalities.saveEdit")
                : t("county.municipalities.add")}
          </span>
        </button>
        {editing ? (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone}>
            <span className="kern-label">{t("county.municipalities.cancel")}</span>
          </button>
        ) : null}
      </div>
    </form>
  );
}
