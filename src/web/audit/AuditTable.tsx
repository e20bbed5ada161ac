import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../contract/audit";
import { Empty } from "../components/QueryState";
import { formatTimestamp } from "../i18n/format";
import { useFormat } from "../i18n/useFormat";
import { prettyJson, shortId } from "./auditFilter";
import { actionLabel, entityTypeLabel } from "./auditLabels";

/** The events, newest first; before/after of each behind a "Details" disclosure. */
export function AuditTable({ events, limit }: { events: AuditEvent[]; limit: number }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const count =
    events.length >= limit
      ? t("audit.countLimited", { count: events.length })
      : t("audit.count", { count: events.length });
  return (
    <section className="kurs-section" aria-labelledby="audit-results-title">
      <h2 id="audit-results-title" className="kern-heading-medium">
        {t("audit.resultsTitle")}
      </h2>
      <p className="kern-body" role="status" data-testid="audit-count">
        {count}
      </p>
      {events.length === 0 ? (
        <Empty>{t("audit.empty")}</Empty>
      ) : (
        <section
          className="kern-table-responsive kurs-audit-scroll"
          aria-label={t("audit.tableRegion")}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll container is the interaction
          tabIndex={0}
        >
          <table className="kern-table kurs-audit" data-testid="audit-events">
            <caption className="kern-sr-only">{t("audit.caption")}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("audit.occurredAt")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("audit.person")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("audit.action")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("audit.entityType")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("audit.entity")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("audit.details")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {events.map((event) => (
                <AuditRow key={event.id} event={event} language={language} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function AuditRow({ event, language }: { event: AuditEvent; language: "de" | "en" }) {
  const { t } = useTranslation();
  const before = prettyJson(event.before);
  const after = prettyJson(event.after);
  return (
    <tr className="kern-table__row" data-action={event.action}>
      <th scope="row" className="kern-table__cell kurs-audit__time">
        <time dateTime={event.occurredAt}>{formatTimestamp(event.occurredAt, language)}</time>
      </th>
      <td className="kern-table__cell kurs-audit__person">{event.actorEmail ?? event.actor}</td>
      <td className="kern-table__cell">{actionLabel(t, event.action)}</td>
      <td className="kern-table__cell">{entityTypeLabel(t, event.entityType)}</td>
      <td className="kern-table__cell">
        {event.entityId ? (
          <code title={event.entityId}>
            <span aria-hidden="true">{shortId(event.entityId)}</span>
            <span className="kern-sr-only">{t("audit.fullId", { id: event.entityId })}</span>
          </code>
        ) : (
          t("audit.none")
        )}
      </td>
      <td className="kern-table__cell">
        {before || after ? (
          <details className="kurs-audit__details">
            <summary>{t("audit.details")}</summary>
            {before ? <Json label={t("audit.before")} json={before} /> : null}
            {after ? <Json label={t("audit.after")} json={after} /> : null}
          </details>
        ) : (
          t("audit.none")
        )}
      </td>
    </tr>
  );
}

function Json({ label, json }: { label: string; json: string }) {
  return (
    <div className="kurs-audit__json">
      <p className="kern-body kern-body--bold">{label}</p>
      <pre>{json}</pre>
    </div>
  );
}
