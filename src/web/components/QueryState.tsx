import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
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
      {problem?.errors?.length ? <IssueList issues={problem.errors} /> : null}
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

interface Issue {
  path: string;
  message: string;
}

/**
 * The field issues as an error summary: where the form shows an issue at a field (the form kit's
 * `ID-error` beside an `aria-invalid` control), the summary names that field's label and links to
 * it; otherwise the message stands alone. Never the API's raw field path.
 */
function IssueList({ issues }: { issues: Issue[] }) {
  const [fields, setFields] = useState<({ id: string; label: string } | null)[]>([]);
  useEffect(() => {
    const invalid = [...document.querySelectorAll<HTMLElement>('[aria-invalid="true"][id]')].map(
      (control) => ({
        id: control.id,
        label: document.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent ?? "",
        message: document.getElementById(`${control.id}-error`)?.textContent?.trim() ?? "",
      }),
    );
    const used = new Set<string>();
    setFields(
      issues.map((issue) => {
        const match = invalid.find(
          (f) => !used.has(f.id) && f.label && f.message === issue.message,
        );
        if (!match) return null;
        used.add(match.id);
        return { id: match.id, label: match.label.replace(/\s*–.*$/, "") };
      }),
    );
  }, [issues]);
  return (
    <ul className="kern-list">
      {issues.map((issue, i) => {
        const field = fields[i];
        return (
          <li key={`${issue.path}:${issue.message}`}>
            {field ? (
              <>
                <a
                  href={`#${field.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(field.id)?.focus();
                  }}
                >
                  {field.label}
                </a>
                :{" "}
              </>
            ) : null}
            {issue.message}
          </li>
        );
      })}
    </ul>
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
