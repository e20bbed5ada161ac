import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportPreview } from "../../contract/measure-import";
import { measureTables } from "../../contract/routes/measure-area";
import { tableFormats } from "../../domain/file-formats";
import { apiAddress, callRoute } from "../api/call";
import type { ApiError } from "../api/client";
import { FileImportField, type FileUpload, fieldErrors, SelectField } from "../components/form";
import { ImportProblems } from "../components/ImportProblems";
import { ErrorNotice } from "../components/QueryState";
import { WriteOutcome } from "../components/WriteOutcome";
import { useLanguage } from "../i18n/useFormat";

type Kind = keyof typeof measureTables;

/**
 * Import and export for editors: measures or progress updates, as CSV or XLSX. The file is checked
 * first (every problem per row and column); only a file without problems is imported, all at once.
 */
export function ImportSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useQueryClient();
  const [kind, setKind] = useState<Kind>("measures");
  const [upload, setUpload] = useState<FileUpload | null>(null);
  const preview = useMutation<ImportPreview, ApiError, { kind: Kind; upload: FileUpload }>({
    mutationFn: (v) => callRoute(measureTables[v.kind].preview, { body: v.upload }, language),
  });
  const run = useMutation<{ imported: number }, ApiError, { kind: Kind; upload: FileUpload }>({
    mutationFn: (v) => callRoute(measureTables[v.kind].run, { body: v.upload }, language),
    onSuccess: () => client.invalidateQueries(),
  });
  const onFile = (next: FileUpload | null) => {
    setUpload(next);
    run.reset();
    preview.reset();
    if (next) preview.mutate({ kind, upload: next });
  };
  const onKind = (k: string) => {
    setKind(k as Kind);
    run.reset();
    if (upload) preview.mutate({ kind: k as Kind, upload });
  };
  const problems = preview.data?.rows.filter((r) => r.problems.length) ?? [];
  const fileError = fieldErrors(preview.error).content;
  return (
    <section className="kurs-section" aria-labelledby="import-title">
      <h2 id="import-title" className="kern-heading-medium">
        {t("measures.import.title")}
      </h2>
      <ul className="kurs-link-list" aria-label={t("measures.import.exports")}>
        {(["measures", "progress"] as const).flatMap((k) =>
          tableFormats.map((f) => (
            <li key={`${k}-${f}`}>
              <a className="kern-link" href={apiAddress(measureTables[k][f], {})} download>
                {t(`measures.import.export.${k}`, { format: f.toUpperCase() })}
              </a>
            </li>
          )),
        )}
      </ul>
      <div className="kurs-form-grid">
        <SelectField
          id="import-kind"
          label={t("measures.import.kind")}
          value={kind}
          onChange={onKind}
          options={[
            { value: "measures", label: t("measures.import.kinds.measures") },
            { value: "progress", label: t("measures.import.kinds.progress") },
          ]}
        />
      </div>
      <FileImportField
        id="import-file"
        label={t("measures.import.file")}
        hint={t(`measures.import.fileHint.${kind}`)}
        formats="csv-xlsx"
        onFile={onFile}
        error={fileError}
      />
      {preview.isError && !fileError ? <ErrorNotice error={preview.error} /> : null}
      {preview.data && problems.length ? (
        <ImportProblems
          testId="import-problems"
          title={t("measures.import.invalid")}
          headers={{
            row: t("measures.import.row"),
            column: t("measures.import.column"),
            problem: t("measures.import.problem"),
          }}
          problems={problems.flatMap((r) =>
            r.problems.map((p) => ({ row: r.row, column: p.column, message: p.code })),
          )}
        />
      ) : null}
      {preview.data?.valid && upload && !run.isSuccess ? (
        <>
          <p className="kern-body">
            {t("measures.import.valid", { count: preview.data.rows.length })}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => run.mutate({ kind, upload })}
          >
            <span className="kern-label">{t("measures.import.run")}</span>
          </button>
        </>
      ) : null}
      <WriteOutcome
        write={run}
        doneTitle={(result) => t(`measures.import.done.${kind}`, { count: result.imported })}
      />
    </section>
  );
}
