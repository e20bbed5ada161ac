import "../measures/measures.css";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import type { ApplicationLinkScope } from "../../contract/grant-applications";
import { ApiError } from "../api/client";
import { useGrantLinkScope } from "../api/grant-links";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { MultilineText } from "../components/MultilineText";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { GrantSection } from "./GrantSections";
import { LinkApplicationDetail, LinkNewApplication } from "./LinkApplicationDetail";

/** The programme as the provider needs it to apply: purpose, rules, deadline, conditions. */
function ProgrammeFacts({ scope }: { scope: ApplicationLinkScope }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const p = scope.programme;
  return (
    <GrantSection id="link-programme" title={t("grantApplication.link.programme")}>
      <Facts>
        <Fact label={t("grants.fields.organisation")}>{scope.partnerName}</Fact>
        <Fact label={t("grantApplication.link.purpose")}>{p.purpose}</Fact>
        <Fact label={t("grantApplication.link.financing")}>
          {t("grants.form.rules", {
            type: t(`grants.financingType.${p.financingType}`),
            share: String(p.maxShareBasisPoints / 100).replace(".", ","),
          })}
        </Fact>
        {p.deadline ? (
          <Fact label={t("grantApplication.link.deadline")}>{date(p.deadline)}</Fact>
        ) : null}
        <Fact label={t("grantApplication.link.validUntil")}>
          {date(scope.expiresAt.slice(0, 10))}
        </Fact>
      </Facts>
      <details className="kurs-section">
        <summary className="kern-body">{t("grantApplication.link.conditions")}</summary>
        <MultilineText text={p.conditions} />
      </details>
    </GrantSection>
  );
}

/** The applications made through this link, each to open; and a new one to start. */
function LinkApplications({ scope }: { scope: ApplicationLinkScope }) {
  const { t } = useTranslation();
  return (
    <GrantSection id="link-applications" title={t("grantApplication.link.applications")}>
      {scope.applications.length ? (
        <ul className="kern-list" data-testid="link-applications">
          {scope.applications.map((a) => (
            <li key={a.id}>
              <Link className="kern-link" to={`?antrag=${a.id}`}>
                {a.title}
              </Link>{" "}
              ({t(`grants.state.${a.state}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t("grantApplication.link.none")}</p>
      )}
      <div className="kurs-actions">
        <Link className="kern-btn kern-btn--primary" to="?antrag=neu" data-testid="link-new">
          <span className="kern-label">{t("grantApplication.link.new")}</span>
        </Link>
      </div>
    </GrantSection>
  );
}

/** /zuwendungen/antrag/:token — a provider applies through its Antragslink, without an account. */
export function LinkApplicationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const [search] = useSearchParams();
  const scope = useGrantLinkScope(token);
  const chosen = search.get("antrag");
  // An unknown, expired or revoked link: one plain notice, nothing of the programme.
  if (scope.error instanceof ApiError && (scope.error.status === 404 || scope.error.status === 400))
    return (
      <Page title={t("grantApplication.link.unusableTitle")}>
        <Alert tone="warning" title={t("grantApplication.link.unusable")} role="status">
          <p className="kern-body">{t("grantApplication.link.unusableHint")}</p>
        </Alert>
      </Page>
    );
  if (scope.isError)
    return (
      <Page title={t("grantApplication.link.title")}>
        <ErrorNotice error={scope.error} onRetry={() => void scope.refetch()} />
      </Page>
    );
  return (
    <QueryState query={scope}>
      {(data) => {
        const application = data.applications.find((a) => a.id === chosen);
        return (
          <Page
            title={t("grantApplication.link.titleOf", { programme: data.programme.title })}
            lead={t("grantApplication.link.lead", { organisation: data.partnerName })}
          >
            {chosen === "neu" ? (
              <LinkNewApplication token={token} scope={data} />
            ) : application ? (
              <LinkApplicationDetail token={token} scope={data} a={application} />
            ) : (
              <>
                <ProgrammeFacts scope={data} />
                <LinkApplications scope={data} />
              </>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
