import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import type { DataPaperSource } from "../../domain/paper-draft";
import { useCouncil } from "../api/queries";
import { useRouteWrite } from "../api/route-write";
import { fieldErrors, SelectField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { DraftPaperSubmit } from "./DraftPaperSubmit";

/** The route that drafts from each source: a concept draft (version) or a final report. */
const draftRoutes = {
  conceptDraft: api.draftPaperFromConceptVersion,
  report: api.draftPaperFromReport,
} satisfies Record<DataPaperSource, unknown>;

/** „The committee that adopted the concept in force“ (the server's choice) or a chosen one. */
const adoptingCommittee = "";

/**
 * „Vorlage entwerfen“ from a concept draft or a final report: Kurs writes the paper —
 * the draft's changes against the adopted concept, or the report zur Kenntnisnahme — with its
 * Beratungsfolge (next meeting whose Vorlagenfrist has not passed, or the report's meeting); the
 * office edits it on the paper's page.
 */
export function DataPaperDraft({
  source,
  sourceId,
}: {
  source: DataPaperSource;
  sourceId: string;
}) {
  const { t } = useTranslation();
  const council = useCouncil().data;
  const navigate = useNavigate();
  const post = useRouteWrite(draftRoutes[source], { params: { id: sourceId } });
  const [committeeId, setCommitteeId] = useState(adoptingCommittee);
  if (!council?.mayEdit) return null;
  const errors = fieldErrors(post.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(source === "conceptDraft" ? { committeeId: committeeId || undefined } : {}, {
      onSuccess: (paper) => navigate(`/gremien/vorlagen/${paper.id}`),
    });
  };
  const id = `data-paper-${source}`;
  return (
    <section className="kurs-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="kern-heading-medium">
        {t("council.dataPaper.title")}
      </h2>
      <p className="kern-body">{t(`council.dataPaper.lead.${source}`)}</p>
      {post.isError ? <ErrorNotice error={post.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid={`${id}-form`}>
        {source === "conceptDraft" ? (
          <SelectField
            id={`${id}-committee`}
            label={t("council.fundPaper.committee")}
            value={committeeId}
            onChange={setCommitteeId}
            options={[
              { value: adoptingCommittee, label: t("council.dataPaper.adoptingCommittee") },
              ...council.committees.map((c) => ({ value: c.id, label: c.name })),
            ]}
            error={errors.committeeId}
          />
        ) : null}
        <DraftPaperSubmit pending={post.isPending} />
      </form>
    </section>
  );
}
