import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OParlSync } from "../../contract/oparl-sync";
import { importKinds } from "../../contract/oparl-sync";
import { RequireSignIn } from "../auth/RequireSignIn";
import { AdminQueryState } from "../components/AdminQueryState";
import { Alert } from "../components/Alert";
import { fieldErrors, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { formatTimestamp } from "../i18n/format";
import { useFormat } from "../i18n/useFormat";
import { useOParlSync, useSaveOParlSource, useStartOParlRun } from "./oparlSyncApi";
import { ScheduleForm } from "./ScheduleForm";

/**
 * /landkreis/oparl: the import from the county's council information system — its
 * address, a run with its progress, and what the last run did: counts, what it left out, and the
 * papers edited in Kurs that the source changed too (never overwritten).
 */
export function OParlSyncPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("oparlSync.title")} lead={t("oparlSync.lead")}>
      <RequireSignIn>{() => <SyncSection />}</RequireSignIn>
    </Page>
  );
}

function SyncSection() {
  const { t } = useTranslation();
  const sync = useOParlSync();
  return (
    <AdminQueryState query={sync}>
      {(syncData) => (
        <div className="kurs-stack">
          <p className="kern-body">
            <Link className="kern-link" to="/landkreis">
              {t("oparlSync.toCounty")}
            </Link>
          </p>
          <SourceForm current={syncData.entryUrl} />
          <ScheduleForm current={syncData.schedule} />
          <RunSection sync={syncData} />
          {syncData.lastRun ? <LastRun run={syncData.lastRun} /> : null}
        </div>
      )}
    </AdminQueryState>
  );
}

function SourceForm({ current }: { current: string | null }) {
  const { t } = useTranslation();
  const save = useSaveOParlSource();
  const [entryUrl, setEntryUrl] = useState(current ?? "");
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ entryUrl });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="oparl-source-title">
      <h2 className="kern-heading-medium" id="oparl-source-title">
        {t("oparlSync.source")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {save.isSuccess ? <Alert tone="success" title={t("oparlSync.sourceSaved")} /> : null}
      <TextField
        id="entryUrl"
        label={t("oparlSync.entryUrl")}
        hint={t("oparlSync.entryUrlHint")}
        value={entryUrl}
        onChange={setEntryUrl}
        error={errors.entryUrl}
        inputMode="url"
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
          <span className="kern-label">{t("oparlSync.saveSource")}</span>
        </button>
      </div>
    </form>
  );
}

function Counts({
  counts,
  caption,
}: {
  counts: NonNullable<OParlSync["lastRun"]>["counts"];
  caption: string;
}) {
  const { t } = useTranslation();
  if (!counts) return null;
  return (
    <TableScroll label={caption}>
      <table className="kern-table" data-testid="oparl-counts">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("oparlSync.kind")}
            </th>
            {(["created", "updated", "unchanged", "conflict"] as const).map((c) => (
              <th key={c} scope="col" className="kern-table__header kern-table__header--numeric">
                {t(`oparlSync.counts.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {importKinds.map((kind) => {
            const row = counts[kind];
            return row ? (
              <tr key={kind} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  {t(`oparlSync.kinds.${kind}`)}
                </th>
                {(["created", "updated", "unchanged", "conflict"] as const).map((c) => (
                  <td key={c} className="kern-table__cell kern-table__cell--numeric">
                    {row[c]}
                  </td>
                ))}
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RunSection({ sync }: { sync: OParlSync }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const dateTime = (iso: string) => formatTimestamp(iso, language);
  const start = useStartOParlRun();
  const running = sync.running;
  return (
    <section aria-labelledby="oparl-run-title" className="kurs-stack">
      <h2 className="kern-heading-medium" id="oparl-run-title">
        {t("oparlSync.run")}
      </h2>
      <p className="kern-body">
        {sync.lastSince
          ? t("oparlSync.incrementalNext", { since: dateTime(sync.lastSince) })
          : t("oparlSync.fullNext")}
      </p>
      {start.isError ? <ErrorNotice error={start.error} /> : null}
      <div className="kurs-actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={!!running || start.isPending || !sync.entryUrl}
          onClick={() => start.mutate({ full: false })}
        >
          <span className="kern-label">{t("oparlSync.start")}</span>
        </button>
        {sync.lastSince ? (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={!!running || start.isPending}
            onClick={() => start.mutate({ full: true })}
          >
            <span className="kern-label">{t("oparlSync.startFull")}</span>
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" data-testid="oparl-progress">
        {running ? (
          <>
            <p className="kern-body">
              {t(`oparlSync.phases.${running.phase}`)}
              {running.page
                ? ` – ${t(running.totalPages ? "oparlSync.pageOf" : "oparlSync.page", {
                    page: running.page,
                    total: running.totalPages,
                  })}`
                : ""}
            </p>
            <progress
              className="kurs-progress"
              aria-label={t("oparlSync.run")}
              max={running.totalPages ?? undefined}
              value={running.totalPages ? (running.page ?? 0) : undefined}
            />
          </>
        ) : null}
      </div>
      {running ? <Counts counts={running.counts} caption={t("oparlSync.soFar")} /> : null}
    </section>
  );
}

function LastRun({ run }: { run: NonNullable<OParlSync["lastRun"]> }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const dateTime = (iso: string) => formatTimestamp(iso, language);
  return (
    <section aria-labelledby="oparl-last-title" className="kurs-stack" data-testid="oparl-last-run">
      <h2 className="kern-heading-medium" id="oparl-last-title">
        {t("oparlSync.lastRun")}
      </h2>
      <p className="kern-body">
        {t(run.incremental ? "oparlSync.ranIncremental" : "oparlSync.ranFull", {
          finished: dateTime(run.finishedAt),
        })}
      </p>
      {run.error ? (
        <Alert tone="danger" title={t("oparlSync.failed")}>
          <p className="kern-body">{run.error}</p>
        </Alert>
      ) : null}
      {run.conflicts?.length ? (
        <Alert tone="warning" title={t("oparlSync.conflicts", { count: run.conflicts.length })}>
          <p className="kern-body">{t("oparlSync.conflictsHint")}</p>
          <ul className="kern-list" data-testid="oparl-conflicts">
            {run.conflicts.map((c) => (
              <li key={c.paperId}>
                <Link className="kern-link" to={`/gremien/vorlagen/${c.paperId}`} lang="de">
                  {c.title}
                </Link>{" "}
                <span className="kern-body--muted">({c.oparlId})</span>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Counts counts={run.counts} caption={t("oparlSync.countsCaption")} />
      {run.skipped?.length ? (
        <details>
          <summary className="kern-body">
            {t("oparlSync.skipped", { count: run.skippedTotal ?? run.skipped.length })}
          </summary>
          <ul className="kern-list">
            {run.skipped.map((line) => (
              <li key={line} lang="de">
                {line}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
