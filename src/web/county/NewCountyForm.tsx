import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/Alert";
import { fieldErrors, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useCounties, useCreateCounty } from "./countyApi";

/** Platform administrators: the installation's counties and a form for a new, empty one. */
export function PlatformCounties() {
  const { t } = useTranslation();
  const counties = useCounties();
  const create = useCreateCounty();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [agsPrefix, setAgsPrefix] = useState("");
  if (!counties.isSuccess) return null;
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, slug, agsPrefix: agsPrefix.trim() === "" ? null : agsPrefix });
  };
  return (
    <section aria-labelledby="platform-title" className="kurs-stack">
      <h2 className="kern-heading-medium" id="platform-title">
        {t("county.platformTitle")}
      </h2>
      <ul className="kern-list" data-testid="county-list">
        {counties.data.counties.map((c) => (
          <li key={c.id}>
            {c.name} ({c.slug}){c.disabled ? ` – ${t("county.disabled")}` : ""}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate aria-labelledby="new-county-title">
        <h3 className="kern-heading-small" id="new-county-title">
          {t("county.newTitle")}
        </h3>
        {create.isError ? <ErrorNotice error={create.error} /> : null}
        {create.isSuccess ? (
          <Alert tone="success" title={t("county.created", { name: create.data.name })}>
            <p className="kern-body">{t("county.createdNext", { slug: create.data.slug })}</p>
          </Alert>
        ) : null}
        <TextField
          id="new-name"
          label={t("county.name")}
          value={name}
          onChange={setName}
          error={errors.name}
        />
        <TextField
          id="new-slug"
          label={t("county.slug")}
          hint={t("county.slugHint")}
          value={slug}
          onChange={setSlug}
          error={errors.slug}
        />
        <TextField
          id="new-agsPrefix"
          label={t("county.agsPrefix")}
          hint={t("county.agsPrefixHint")}
          optional
          value={agsPrefix}
          onChange={setAgsPrefix}
          error={errors.agsPrefix}
        />
        <div className="kurs-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
            <span className="kern-label">{t("county.create")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
