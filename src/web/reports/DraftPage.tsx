import "./reports.css";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { DraftSummary } from "../../contract/committee-reports";
import {
  useDraftPreview,
  useFinaliseDraft,
  useFinalReports,
  useUpdateDraft,
} from "../api/committee-reports";
import { Alert } from "../components/Alert";
import { Checkbox, fieldErrors, TextArea, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice } from "../components/QueryState";
import { DownloadLinks } from "./DownloadLinks";
import { ReportHtml } from "./ReportHtml";

function TextForm({ draft }: { draft: DraftSummary }) {
  const { t } = useTranslation();
  const update = useUpdateDraft(draft.id);
  const [title, setTitle] = useState(draft.title);
  const [introText, setIntro] = useState(draft.introText);
  const [closingText, setClosing] = useState(draft.closingText);
  const [proposedResolution, setProposal] = useState(draft.proposedResolution ?? "");
  const [publicSession, setPublic] = useState(draft.publicSession);
  const errors = fieldErrors(update.error);
  return (
    <form
      className="kurs-report-form"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({
          title,
          introText,
          closingText,
          proposedResolution: proposedResolution.trim() ? proposedResolution : null,
          publicSession,
        });
      }}
    >
      <h2 className="kern-heading-medium">{t("reportsPage.draft.textTitle")}</h2>
      <TextField
        id="draft-title"
        label={t("reportsPage.draft.title")}
        value={title}
        onChange={setTitle}
        error={errors.title}
        required
      />
      <TextArea
        id="draft-intro"
        label={t("reportsPage.draft.intro")}
        hint={t("reportsPage.draft.introHint")}
        value={introText}
        onChange={setIntro}
        error={errors.introText}
      />
      <TextArea
        id="draft-closing"
        label={t("reportsPage.draft.closing")}
        value={closingText}
        onChange={setClosing}
        error={errors.closingText}
      />
      <TextArea
        id="draft-proposal"
        label={t("reportsPage.draft.proposal")}
        hint={t("reportsPage.draft.proposalHint")}
        value={proposedResolution}
        onChange={setProposal}
        error={errors.proposedResolution}
      />
      <Checkbox
        id="draft-public"
        label={t("reportsPage.draft.public")}
        checked={publicSession}
        onChange={setPublic}
      />
      <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
        <span className="kern-label">{t("reportsPage.draft.save")}</span>
      </button>
      <div aria-live="polite" data-testid="draft-saved">
        {update.isSuccess ? t("reportsPage.draft.saved") : null}
      </div>
      {update.isError && !Object.keys(errors).length ? <ErrorNotice error={update.error} /> : null}
    </form>
  );
}

function FinaliseForm({ draft }: { draft: DraftSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finalise = useFinaliseDraft(draft.id);
  const reports = useFinalReports();
  const replaceable = (reports.data?.items ?? []).filter(
    (r) => r.committee.id === draft.committee.id && !r.supersededById,
  );
  const [supersedes, setSupersedes] = useState("");
  return (
    <form
      className="kurs-report-form"
      onSubmit={(e) => {
        e.preventDefault();
        finalise.mutate(
          { supersedesReportId: supersedes || null },
          { onSuccess: (report) => navigate(`/berichte/${report.id}`) },
        );
      }}
    >
      <h2 className="kern-heading-medium">{t("reportsPage.draft.finaliseTitle")}</h2>
      <p>{t("reportsPage.draft.finaliseHint")}</p>
      {replaceable.length ? (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="draft-supersedes">
            {t("reportsPage.draft.supersedes")}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="draft-supersedes"
              className="kern-form-input__select"
              value={supersedes}
              onChange={(e) => setSupersedes(e.target.value)}
            >
              <option value="">{t("reportsPage.draft.supersedesNone")}</option>
              {replaceable.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      <button
        type="submit"
        className="kern-btn kern-btn--primary"
        disabled={finalise.isPending}
        aria-busy={finalise.isPending}
        aria-describedby="draft-finalise-status"
      >
        <span className="kern-label">{t("reportsPage.draft.finalise")}</span>
      </button>
      <p id="draft-finalise-status" role="status">
        {finalise.isPending ? t("reportsPage.draft.finalising") : null}
      </p>
      {finalise.isError ? <ErrorNotice error={finalise.error} /> : null}
    </form>
  );
}

/** Shows that the report is being generated (the request reads all data of the county). */
function Generating() {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div role="status" className="kurs-report-progress">
      <progress aria-label={t("reportsPage.draft.generating")} />
      <p>{t("reportsPage.draft.generatingSteps", { seconds })}</p>
    </div>
  );
}

/** /berichte/entwuerfe/:id — the draft: generated report, the office's text, finalise. */
export function DraftPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const preview = useDraftPreview(id);
  const draft = preview.data?.draft;
  return (
    <Page
      title={draft?.title ?? t("reportsPage.draft.pageTitle")}
      lead={t("reportsPage.draft.lead")}
    >
      {preview.isError ? (
        <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
      ) : null}
      {draft?.finalReportId ? <Alert tone="info" title={t("reportsPage.draft.isFinal")} /> : null}
      {draft && !draft.finalReportId ? (
        <div className="kurs-report-columns">
          <TextForm key={draft.id} draft={draft} />
          <FinaliseForm draft={draft} />
        </div>
      ) : null}
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="kern-heading-medium">
          {t("reportsPage.draft.preview")}
        </h2>
        {preview.isFetching ? <Generating /> : null}
        {preview.data ? (
          <>
            <DownloadLinks of="draft" id={id} title={preview.data.draft.title} />
            <ReportHtml html={preview.data.html} />
          </>
        ) : null}
      </section>
    </Page>
  );
}
