import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, sendJson } from "../api/client";
import { Alert } from "../components/Alert";
import { ErrorNotice } from "../components/QueryState";

interface Preview {
  valid: boolean;
  rows: { row: number; title: string; problems: { column: string; code: string }[] }[];
}

/** CSV import for editors: check the file first (every problem per row and column), then import all. */
export function ImportSection() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const client = useQueryClient();
  const [content, setContent] = useState("");
  const preview = useMutation<Preview, ApiError, string>({
    mutationFn: (c) =>
      sendJson("POST", "/measures/import/preview", { format: "csv", content: c }, language),
  });
  const run = useMutation<{ imported: number }, ApiError, string>({
    mutationFn: (c) =>
      sendJson("POST", "/measures/import", { format: "csv", content: c }, language),
    onSuccess: () => client.invalidateQueries(),
  });
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    const text = file ? await file.text() : "";
    setContent(text);
    run.reset();
    if (text) preview.mutate(text);
  };
  const problems = preview.data?.rows.filter((r) => r.problems.length) ?? [];
  return (
    <section className="kurs-section" aria-labelledby="import-title">
      <h2 id="import-title" className="kern-heading-medium">
        {t("measures.import.title")}
      </h2>
      <p>
        <a className="kern-link" href="/api/v1/measures/export.csv" download>
          {t("measures.import.export")}
        </a>
      </p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="import-file">
          {t("measures.import.file")}
        </label>
        <div className="kern-hint" id="import-file-hint">
          {t("measures.import.fileHint")}
        </div>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="kern-form-input__input"
          aria-describedby="import-file-hint"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {preview.isError ? <ErrorNotice error={preview.error} /> : null}
      {preview.data && problems.length ? (
        <div data-testid="import-problems">
          <Alert tone="danger" title={t("measures.import.invalid")}>
            <table className="kern-table kern-table--small">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("measures.import.row")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("measures.import.column")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("measures.import.problem")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {problems.flatMap((r) =>
                  r.problems.map((p) => (
                    <tr className="kern-table__row" key={`${r.row}-${p.column}-${p.code}`}>
                      <td className="kern-table__cell">{r.row}</td>
                      <td className="kern-table__cell">{p.column}</td>
                      <td className="kern-table__cell">{p.code}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </Alert>
        </div>
      ) : null}
      {preview.data?.valid && !run.isSuccess ? (
        <>
          <p className="kern-body">
            {t("measures.import.valid", { count: preview.data.rows.length })}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => run.mutate(content)}
          >
            <span className="kern-label">{t("measures.import.run")}</span>
          </button>
        </>
      ) : null}
      {run.isError ? <ErrorNotice error={run.error} /> : null}
      {run.isSuccess ? (
        <Alert
          tone="success"
          title={t("measures.import.done", { count: run.data.imported })}
          role="status"
        />
      ) : null}
    </section>
  );
}
