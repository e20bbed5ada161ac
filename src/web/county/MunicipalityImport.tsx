import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { Alert } from "../components/Alert";
import { FileImportField, type FileUpload, fieldErrors } from "../components/form";
import { ImportProblems } from "../components/ImportProblems";
import { ErrorNotice } from "../components/QueryState";
import { TitledSection } from "../components/TitledSection";
import { useImportMunicipalities } from "./municipalitiesApi";

/** The problems of a refused import, by row and column (paths rows.<row>.<column>). */
function rowProblems(error: unknown) {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).flatMap((e) => {
    const [head, row, column] = e.path.split(".");
    return head === "rows" && row
      ? [{ row: Number(row), column: column ?? "", message: e.message }]
      : [];
  });
}

/** Municipalities from a CSV or XLSX (header Name;AGS): all or nothing, every problem named. */
export function MunicipalityImport() {
  const { t } = useTranslation();
  const run = useImportMunicipalities();
  const [upload, setUpload] = useState<FileUpload | null>(null);
  const problems = rowProblems(run.error);
  const fileError = fieldErrors(run.error).content;
  return (
    <TitledSection
      className="kurs-section"
      id="municipality-import-title"
      title={t("county.municipalities.importTitle")}
    >
      <p className="kern-body">{t("county.municipalities.importLead")}</p>
      <FileImportField
        id="municipality-file"
        label={t("county.municipalities.importFile")}
        hint={t("county.municipalities.importHint")}
        formats="csv-xlsx"
        error={fileError}
        onFile={(next) => {
          setUpload(next);
          run.reset();
        }}
      />
      <div className="kurs-actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={!upload || run.isPending}
          onClick={() => upload && run.mutate(upload)}
        >
          <span className="kern-label">{t("county.municipalities.importRun")}</span>
        </button>
      </div>
      {run.isSuccess ? (
        <Alert
          tone="success"
          title={t("county.municipalities.imported", { count: run.data.imported })}
        />
      ) : null}
      {problems.length ? (
        <ImportProblems
          testId="municipality-import-problems"
          title={t("county.municipalities.importRefused")}
          headers={{
            row: t("county.municipalities.row"),
            column: t("county.municipalities.column"),
            problem: t("county.municipalities.problem"),
          }}
          problems={problems}
        />
      ) : run.isError && !fileError ? (
        <ErrorNotice error={run.error} />
      ) : null}
    </TitledSection>
  );
}
