import "../auth/auth.css";
import "../users/users.css";
import "./audit.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError, problemCode } from "../api/client";
import { RequireSignIn } from "../auth/RequireSignIn";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";
import { ErrorNotice, Loading } from "../components/QueryState";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";
import { csvHref, useAudit } from "./auditApi";
import { type AuditFilter, filterFromSearch, searchFromFilter } from "./auditFilter";

/** /protokoll: the audit trail, for admins whose session passed the second factor. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("audit.title")} lead={t("audit.lead")}>
      <RequireSignIn>{() => <AuditLog />}</RequireSignIn>
    </Page>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromSearch(params);
  const events = useAudit(filter);
  const apply = (next: AuditFilter) => setParams(searchFromFilter(next));

  if (events.isError && problemCode(events.error) === "auth.secondFactorNeeded") {
    const detail = events.error instanceof ApiError ? events.error.problem?.detail : undefined;
    return (
      <div data-testid="second-factor-needed">
        <Alert tone="warning" title={t("audit.secondFactorTitle")}>
          {detail ? <p className="kern-body">{detail}</p> : null}
          <p className="kern-body">
            <Link className="kern-link" to="/konto">
              {t("audit.toAccount")}
            </Link>
          </p>
        </Alert>
      </div>
    );
  }
  const seen = [...new Set((events.data ?? []).map((e) => e.entityType))];
  return (
    <div className="kurs-stack">
      <AuditFilterForm
        key={params.toString()}
        filter={filter}
        seenTypes={seen}
        onApply={apply}
        onReset={() => setParams(new URLSearchParams())}
      />
      <div className="kurs-audit-csv">
        <p className="kern-body">
          <a
            className="kern-link"
            href={csvHref(filter)}
            download
            aria-describedby="audit-csv-hint"
            data-testid="audit-csv"
          >
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            {t("audit.csv")}
          </a>
        </p>
        <p id="audit-csv-hint" className="kern-body kern-body--small kern-body--muted">
          {t("audit.csvHint")}
        </p>
      </div>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorNotice error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <AuditTable events={events.data} limit={filter.limit} />
      )}
    </div>
  );
}
