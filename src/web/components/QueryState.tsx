import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { Alert } from "./Alert";

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="kurs-loading" role="status">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-body">{t("state.loading")}</span>
    </div>
  );
}

/** Shows the server's problem title and detail, every field issue, and a retry button. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  const title = problem?.title ?? t("state.errorTitle");
  const detail = problem ? problem.detail : t("state.networkError");
  return (
    <Alert tone="danger" title={title} role="alert">
      {detail ? <p className="kern-body">{detail}</p> : null}
      {problem?.errors?.length ? (
        <ul className="kern-list">
          {problem.errors.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path ? <code>{issue.path}</code> : null} {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <div>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
            <span className="kern-label">{t("state.retry")}</span>
          </button>
        </div>
      ) : null}
    </Alert>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="kern-body kern-body--muted kurs-empty">{children}</p>;
}

/** Renders loading, error or the data of one query. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
