import "./indicators.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ValueImportInput, ValueImportPreview } from "../../contract/indicators";
import { usePreviewImport, useRunImport } from "../api/indicators";
import { Alert } from "../components/Alert";
import { FileImportField, fieldErrors } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";

/** Import of indicator values: check the file first (every problem by row and column), then all or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const preview = usePreviewImport();
  const run = useRunImport();
  const [upload, setUpload] = useState<ValueImportInput | null>(null);
  const onFile = (next: ValueImportInput | null) => {
    setUpload(next);
    run.reset();
    preview.reset();
    if (next) preview.mutate(next);
  };
  const fileError = fieldErrors(preview.error).content ?? fieldErrors(run.error).content;
  return (
    <Page title={t("indicators.import.title")} lead={t("indicators.import.lead")}>
      <p className="kern-body">
        <Link className="kern-link" to="/kennzahlen">
          {t("indicators.backToCatalogue")}
        </Link>
      </p>
      <FileImportField
        id="import-file"
        label={t("indicators.import.file")}
        hint={t("indicators.import.fileHint")}
        formats="csv-xlsx"
        onFile={onFile}
        error={fileError}
      />
      {preview.isError && !fileError ? <ErrorNotice error={preview.error} /> : null}
      {preview.data ? <PreviewTable preview={preview.data} /> : null}
      {preview.data?.valid && upload && !run.isSuccess ? (
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={run.isPending}
          onClick={() => run.mutate(upload)}
        >
          <span className="kern-label">
            {t("indicators.import.run", { count: preview.data.rows.length })}
          </span>
        </button>
      ) : null}
      {run.isError && !fileError ? <ErrorNotice error={run.error} /> : null}
      {run.isSuccess ? (
        <Alert
          tone="success"
          title={t("indicators.import.done", { count: run.data.imported })}
          role="status"
        />
      ) : null}
    </Page>
  );
}

function PreviewTable({ preview }: { preview: ValueImportPreview }) {
  const { t } = useTranslation();
  const invalid = preview.rows.filter((r) => r.problems.length).length;
  return (
    <section
      className="kurs-import-preview"
      aria-labelledby="preview-heading"
      data-testid="import-preview"
    >
      <h2 className="kern-heading-medium" id="preview-heading">
        {t("indicators.import.preview")}
      </h2>
      {preview.valid ? (
        <Alert tone="success" title={t("indicators.import.valid")} role="status" />
      ) : (
        <Alert
          tone="danger"
          title={t("indicators.import.invalid", { count: invalid })}
          role="alert"
        >
          <p className="kern-body">{t("indicators.import.invalidDetail")}</p>
        </Alert>
      )}
      <TableScroll>
        <table className="kern-table kern-table--small" data-testid="import-preview-table">
          <caption className="kern-title">{t("indicators.import.caption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t("indicators.import.row")}
              </th>
              {preview.columns.map((c) => (
                <th className="kern-table__header" scope="col" key={c}>
                  {c}
                </th>
              ))}
              <th className="kern-table__header" scope="col">
                {t("indicators.import.problems")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {preview.rows.map((r) => {
              const bad = new Set(r.problems.map((p) => p.column));
              return (
                <tr
                  className={
                    r.problems.length ? "kern-table__row kurs-row-invalid" : "kern-table__row"
                  }
                  key={r.row}
                >
                  <th className="kern-table__header" scope="row">
                    {r.row}
                  </th>
                  {preview.columns.map((c, i) => (
                    <td
                      className={
                        bad.has(c) ? "kern-table__cell kurs-cell-invalid" : "kern-table__cell"
                      }
                      key={c}
                    >
                      {r.cells[i] ?? ""}
                    </td>
                  ))}
                  <td className="kern-table__cell">
                    {r.problems.length ? (
                      <ul className="kern-list">
                        {r.problems.map((p) => (
                          <li key={`${p.column}:${p.message}`}>
                            <strong>{p.column}:</strong> {p.message}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t("indicators.import.ok")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
