import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
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
/**
 * A refusal or a failed load. A refused form (no `onRetry`) moves focus to this notice when it
 * appears, so that a keyboard or screen-reader user, and the page's scroll position, land on
 * the summary instead of staying at the button.
 */
export function ErrorNotice({
  error,
  onRetry,
  takeFocus = !onRetry,
}: {
  error: unknown;
  onRetry?: () => void;
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus || !error) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: "start" });
  }, [error, takeFocus]);
  const problem = error instanceof ApiError ? error.problem : null;
  const title = problem?.title ?? t("state.errorTitle");
  const issues = problem?.errors ?? [];
  // A rule refusal names its field with the same sentence: say it once, at the field.
  const detail = problem
    ? issues.some((i) => i.message === problem.detail)
      ? undefined
      : problem.detail
    : t("state.networkError");
  return (
    <Alert tone="danger" title={title} role="alert" focusRef={takeFocus ? ref : undefined}>
      {detail ? <p className="kern-body">{detail}</p> : null}
      {issues.length ? <IssueList issues={issues} /> : null}
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
 * The field an error message stands at (the form kit's `ID-error`): its control `ID` named by
 * its label, or — for a group of checkboxes — the group's first control named by the legend.
 */
function fieldOfError(error: HTMLElement): { id: string; label: string; message: string } | null {
  const base = error.id.replace(/-error$/, "");
  const message = error.textContent?.trim() ?? "";
  const control = document.getElementById(base);
  const label = document.querySelector(`label[for="${CSS.escape(base)}"]`);
  if (control && label) {
    const optional = label.querySelector(".kern-label__optional")?.textContent ?? "";
    return { id: base, label: (label.textContent ?? "").replace(optional, "").trim(), message };
  }
  const group = error.closest("fieldset");
  const legend = group?.querySelector(":scope > legend")?.textContent?.trim();
  const first = group?.querySelector<HTMLElement>("input[id], select[id], textarea[id]");
  return legend && first ? { id: first.id, label: legend, message } : null;
}

/**
 * The field issues as an error summary: where the form shows an issue at a field (the form kit's
 * `ID-error` beside an `aria-invalid` control), the summary names that field's label and links to
 * it; otherwise the message stands alone. Never the API's raw field path.
 */
function IssueList({ issues }: { issues: Issue[] }) {
  const [fields, setFields] = useState<({ id: string; label: string } | null)[]>([]);
  useEffect(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.kern-error[id$="-error"]')].map(
      fieldOfError,
    );
    const used = new Set<string>();
    setFields(
      issues.map((issue) => {
        const match = shown.find(
          (f) => f && !used.has(f.id) && f.label && f.message === issue.message,
        );
        if (!match) return null;
        used.add(match.id);
        return { id: match.id, label: match.label };
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

/** Like QueryState, for a list: the data where it has items, the empty text where it has none. */
export function ListState<D extends { items: readonly unknown[] }>({
  query,
  empty,
  children,
}: {
  query: UseQueryResult<D>;
  empty: ReactNode;
  children: (data: D) => ReactNode;
}) {
  return (
    <QueryState query={query}>
      {(data) => (data.items.length ? children(data) : <Empty>{empty}</Empty>)}
    </QueryState>
  );
}
