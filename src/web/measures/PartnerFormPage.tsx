import "./measures.css";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { type Partner, type PartnerInput, partnerKindSchema } from "../../contract/measures";
import { usePartner, useSavePartner } from "../api/measures";
import { fieldErrors, Select, TextInput } from "../components/FormField";
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
  const [v, setV] = useState(initial);
  const errors = fieldErrors(save.error);
  const set = (key: keyof Values) => (value: string) => setV((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(inputOf(v), { onSuccess: (saved) => navigate(`/partner/${saved.id}`) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("partners.form")}>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <TextInput
          id="name"
          label={t("partners.name")}
          value={v.name}
          onChange={set("name")}
          error={errors.name}
        />
        <Select
          id="kind"
          label={t("partners.kind")}
          value={v.kind}
          onChange={set("kind")}
          options={partnerKindSchema.options.map((k) => ({
            value: k,
            label: t(`partner.kind.${k}`),
          }))}
          error={errors.kind}
        />
        <TextInput
          id="contactName"
          label={t("partner.contact")}
          hint={t("partners.contactHint")}
          optional
          value={v.contactName}
          onChange={set("contactName")}
          error={errors.contactName}
        />
        <TextInput
          id="contactEmail"
          type="email"
          label={t("partner.email")}
          optional
          value={v.contactEmail}
          onChange={set("contactEmail")}
          error={errors.contactEmail}
        />
        <TextInput
          id="contactPhone"
          type="tel"
          label={t("partner.phone")}
          optional
          value={v.contactPhone}
          onChange={set("contactPhone")}
          error={errors.contactPhone}
        />
        <TextInput
          id="website"
          type="url"
          label={t("partner.website")}
          hint={t("partners.websiteHint")}
          optional
          value={v.website}
          onChange={set("website")}
          error={errors.website}
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
