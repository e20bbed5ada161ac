import "../measures/measures.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Application } from "../../contract/grants";
import { may } from "../../contract/permissions";
import { grantRoutes as api } from "../../contract/routes/grants";
import { editableStates, isGranted } from "../../domain/grants";
import { apiAddress } from "../api/call";
import { useGrantApplication } from "../api/grants";
import { useMe } from "../auth/session";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { ApplicationAttachments } from "./ApplicationAttachments";
import { GrantDecisionForm, ReasonStepForm } from "./ApplicationStateForms";
import { ApplicationFacts, ApplicationHistory, CostTable } from "./ApplicationSummary";
import { StepButton } from "./GrantSections";
import { PaymentRequestForm, PaymentRequestList } from "./PaymentRequests";
import { ProofForm, ProofResult } from "./ProofOfUse";

/** The steps of the moment: edit and submit a draft, start the review, the notice to download. */
function ApplicationActions({ a, office, canApply }: Props) {
  const { t } = useTranslation();
  const params = { id: a.id };
  const granted = isGranted(a.state);
  return (
    <div className="kurs-actions">
      {canApply && editableStates.includes(a.state) ? (
        <Link
          className="kern-btn kern-btn--secondary"
          to={`/zuwendungen/antraege/${a.id}/bearbeiten`}
          data-testid="grant-edit"
        >
          <span className="kern-label">{t("grantApplication.edit")}</span>
        </Link>
      ) : null}
      {a.state === "draft" ? (
        <StepButton
          label={t("grants.steps.submit")}
          step="submit"
          id={a.id}
          testId="grant-submit"
        />
      ) : null}
      {office && a.state === "submitted" ? (
        <StepButton
          label={t("grants.steps.review")}
          step="review"
          id={a.id}
          testId="grant-review"
        />
      ) : null}
      {granted && a.noticeReference ? (
        <>
          <a className="kern-link" href={apiAddress(api.grantNoticePdf, { params })} download>
            {t("grants.noticePdf", { reference: a.noticeReference })}
          </a>
          <a className="kern-link" href={apiAddress(api.grantNoticeDocx, { params })} download>
            {t("grants.notice", { reference: a.noticeReference })}
          </a>
        </>
      ) : null}
    </div>
  );
}

interface Props {
  a: Application;
  office: boolean;
  canApply: boolean;
}

function Detail({ a, office, canApply }: Props) {
  const granted = isGranted(a.state);
  const underReview = office && a.state === "underReview";
  return (
    <>
      <ApplicationFacts a={a} />
      <CostTable a={a} />
      <ApplicationActions a={a} office={office} canApply={canApply} />
      {underReview ? <GrantDecisionForm a={a} /> : null}
      {underReview ? <ReasonStepForm a={a} step="refuse" /> : null}
      {canApply && ["draft", "submitted", "underReview"].includes(a.state) ? (
        <ReasonStepForm a={a} step="withdraw" />
      ) : null}
      <ApplicationAttachments a={a} mayApply={canApply} />
      {granted ? <PaymentRequestList a={a} office={office} /> : null}
      {granted && !a.proof ? <PaymentRequestForm a={a} /> : null}
      {granted && !a.proof ? <ProofForm a={a} /> : null}
      {a.proof ? <ProofResult a={a} proof={a.proof} office={office} /> : null}
      <ApplicationHistory a={a} />
    </>
  );
}

/** /zuwendungen/antraege/:id — one application: plans, decision, instalments, proof of use. */
export function ApplicationPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const application = useGrantApplication(id);
  const role = useMe().data?.user.role ?? "public";
  return (
    <Page title={application.data?.title ?? t("grants.application")}>
      <QueryState query={application}>
        {(a) => (
          <Detail a={a} office={may(role, "grants.decide")} canApply={may(role, "grants.apply")} />
        )}
      </QueryState>
    </Page>
  );
}
