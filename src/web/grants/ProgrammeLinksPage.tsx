import "./programmes.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ApplicationLink, CreatedApplicationLink } from "../../contract/grant-applications";
import type { Programme } from "../../contract/grants";
import {
  useCreateProgrammeLink,
  useGrantProgramme,
  useProgrammeLinks,
  useRevokeProgrammeLink,
} from "../api/grant-programmes";
import { usePartners } from "../api/partners";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { CreatedLinkNotice, SecretLinkTable, useLinkDay } from "../components/SecretLink";
import { formatTimestamp } from "../i18n/format";
import { useLanguage } from "../i18n/useFormat";
import { applicationLinkUrl, ProgrammeOffice, programmesPath } from "./ProgrammeOffice";

function CreateLinkForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const partners = usePartners("sort=name");
  const create = useCreateProgrammeLink(programme.id);
  const [partnerId, setPartnerId] = useState("");
  const [expiresOn, setExpiresOn] = useState(programme.deadline ?? "");
  const [note, setNote] = useState("");
  const [created, setCreated] = useState<CreatedApplicationLink | null>(null);
  const errors = fieldErrors(create.error);
  return (
    <>
      {created ? (
        <CreatedLinkNotice
          url={applicationLinkUrl(created.token)}
          partnerName={created.partnerName}
          texts="grantProgrammes.links"
        />
      ) : null}
      <form
        className="kurs-section kurs-programme-link-form"
        data-testid="programme-link-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(null);
          create.mutate(
            { partnerId, expiresOn, note: note.trim() || null },
            {
              onSuccess: (link) => {
                setCreated(link);
                setPartnerId("");
                setNote("");
              },
            },
          );
        }}
      >
        <h2 className="kern-heading-medium">{t("grantProgrammes.links.create")}</h2>
        {create.isError ? <ErrorNotice key={create.submittedAt} error={create.error} /> : null}
        <SelectField
          id="programme-link-partner"
          label={t("grantProgrammes.links.partner")}
          value={partnerId}
          onChange={setPartnerId}
          emptyLabel={t("grantProgrammes.links.choosePartner")}
          options={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          error={errors.partnerId}
        />
        <TextField
          id="programme-link-expires"
          type="date"
          label={t("grantProgrammes.links.expiresOn")}
          hint={t("grantProgrammes.links.expiresHint")}
          value={expiresOn}
          onChange={setExpiresOn}
          error={errors.expiresOn}
        />
        <TextArea
          id="programme-link-note"
          label={t("grantProgrammes.links.note")}
          optional
          value={note}
          onChange={setNote}
          error={errors.note}
        />
        <button className="kern-btn kern-btn--primary" type="submit" disabled={create.isPending}>
          <span className="kern-label">{t("grantProgrammes.links.createButton")}</span>
        </button>
      </form>
    </>
  );
}

function LinkTable({ programmeId, items }: { programmeId: string; items: ApplicationLink[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timestamp = (iso: string) => formatTimestamp(iso, language, "minutes");
  const revoke = useRevokeProgrammeLink(programmeId);
  const day = useLinkDay();
  return (
    <SecretLinkTable
      texts="grantProgrammes.links"
      testId="programme-link-table"
      label={t("grantProgrammes.links.existing")}
      headers={(["createdAt", "expiresOn", "lastUsed"] as const).map((h) =>
        t(`grantProgrammes.links.${h}`),
      )}
      items={items}
      revoke={revoke}
      cells={(l) => (
        <>
          <td className="kern-table__cell">{timestamp(l.createdAt)}</td>
          <td className="kern-table__cell">{day(l.expiresAt)}</td>
          <td className="kern-table__cell">{l.lastUsedAt ? timestamp(l.lastUsedAt) : "–"}</td>
        </>
      )}
    />
  );
}

function Links({ id }: { id: string }) {
  const { t } = useTranslation();
  const programme = useGrantProgramme(id);
  const links = useProgrammeLinks(id);
  return (
    <QueryState query={programme}>
      {(p) => (
        <Page
          title={t("grantProgrammes.links.pageTitle", { title: p.title })}
          lead={t("grantProgrammes.links.lead")}
        >
          <p className="kern-body">
            <Link className="kern-link" to={programmesPath}>
              {t("grantProgrammes.backToProgrammes")}
            </Link>
          </p>
          <CreateLinkForm key={p.id} programme={p} />
          <section className="kurs-section" aria-labelledby="programme-links-heading">
            <h2 className="kern-heading-medium" id="programme-links-heading">
              {t("grantProgrammes.links.existing")}
            </h2>
            <QueryState query={links}>
              {(data) => <LinkTable programmeId={id} items={data.items} />}
            </QueryState>
          </section>
        </Page>
      )}
    </QueryState>
  );
}

/** /zuwendungen/programme/:id/antragslinks: links for one organisation to apply without an account. */
export function ProgrammeLinksPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <ProgrammeOffice title={t("grantProgrammes.links.title")}>
      <Links id={id} />
    </ProgrammeOffice>
  );
}
