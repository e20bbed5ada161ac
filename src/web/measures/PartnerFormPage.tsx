import "./measures.css";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { Partner } from "../../contract/measures";
import { type PartnerInput, partnerKindSchema } from "../../contract/partners";
import { usePartner, useSavePartner } from "../api/partners";
import { fieldErrors, SelectField, TextField, useFieldValues } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";

interface Values {
  name: string;
  kind: PartnerInput["kind"];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
}

const valuesOf = (p?: Partner): Values => ({
  name: p?.name ?? "",
  kind: p?.kind ?? "educationProvider",
  contactName: p?.contactName ?? "",
  contactEmail: p?.contactEmail ?? "",
  contactPhone: p?.contactPhone ?? "",
  website: p?.website ?? "",
});

/** Empty optional fields are sent as null (the server refuses "" as an e-mail address or URL). */
const inputOf = (v: Values): PartnerInput => ({
  name: v.name,
  kind: v.kind,
  contactName: v.contactName.trim() || null,
  contactEmail: v.contactEmail.trim() || null,
  contactPhone: v.contactPhone.trim() || null,
  website: v.website.trim() || null,
});

function PartnerForm({ id, initial }: { id: string | null; initial: Values }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSavePartner(id);
  const { values: v, bind } = useFieldValues(initial, fieldErrors(save.error));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(inputOf(v), { onSuccess: (saved) => navigate(`/partner/${saved.id}`) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("partners.form")}>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <TextField id="name" label={t("partners.name")} {...bind("name")} />
        <SelectField
          id="kind"
          label={t("partners.kind")}
          options={partnerKindSchema.options.map((k) => ({
            value: k,
            label: t(`partner.kind.${k}`),
          }))}
          {...bind("kind")}
        />
        <TextField
          id="contactName"
          label={t("partner.contact")}
          hint={t("partners.contactHint")}
          optional
          {...bind("contactName")}
        />
        <TextField
          id="contactEmail"
          type="email"
          label={t("partner.email")}
          optional
          {...bind("contactEmail")}
        />
        <TextField
          id="contactPhone"
          type="tel"
          label={t("partner.phone")}
          optional
          {...bind("contactPhone")}
        />
        <TextField
          id="website"
          type="url"
          label={t("partner.website")}
          hint={t("partners.websiteHint")}
          optional
          {...bind("website")}
        />
      </div>
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">{t("partners.save")}</span>
        </button>
      </div>
    </form>
  );
}

/** /partner/neu and /partner/:id/bearbeiten: a network partner with its business contact. */
export function PartnerFormPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partner = usePartner(id);
  if (!id)
    return (
      <Page title={t("partners.new")}>
        <PartnerForm id={null} initial={valuesOf()} />
      </Page>
    );
  return (
    <Page title={t("partners.edit", { name: partner.data?.name ?? "" })}>
      <QueryState query={partner}>
        {(p) => <PartnerForm id={p.id} initial={valuesOf(p)} />}
      </QueryState>
    </Page>
  );
}
