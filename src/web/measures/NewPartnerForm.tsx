import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerInput } from "../../contract/partners";
import { partnerKinds } from "../../domain/partners";
import { useSavePartner } from "../api/partners";
import { fieldErrors, SelectField, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

/** A small form beside the measure form: a new partner is selected for the measure at once. */
export function NewPartnerForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const create = useSavePartner(null);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<PartnerInput["kind"]>("educationProvider");
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, kind },
      {
        onSuccess: (created) => {
          setName("");
          onCreated(created.id);
        },
      },
    );
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="new-partner">
      <h2 id="new-partner" className="kern-heading-medium">
        {t("measures.form.newPartner")}
      </h2>
      {create.isError ? <ErrorNotice error={create.error} /> : null}
      <div className="kurs-form-grid">
        <TextField
          id="partner-name"
          label={t("measures.form.partnerName")}
          value={name}
          onChange={setName}
          error={errors.name}
        />
        <SelectField
          id="partner-kind"
          label={t("measures.form.partnerKind")}
          value={kind}
          onChange={(k) => setKind(k as PartnerInput["kind"])}
          options={partnerKinds.map((k) => ({ value: k, label: t(`partner.kind.${k}`) }))}
          error={errors.kind}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary" disabled={create.isPending}>
        <span className="kern-label">{t("measures.form.addPartner")}</span>
      </button>
    </form>
  );
}
