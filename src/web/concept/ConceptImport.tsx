import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type {
  ConceptImportInput,
  ConceptImportPreview,
  ConceptImportResult,
} from "../../contract/concept-import";
import { conceptRoutes as api } from "../../contract/routes/concept";
import { callRoute } from "../api/call";
import { Field, fieldErrors, TextField } from "../components/form";
import { ImportProblems } from "../components/ImportProblems";
import { ErrorNotice } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { useConceptWrite } from "./useConceptWrite";

/** A chosen file as the import API takes it: CSV as text, DOCX and XLSX as base64. */
async function readConceptFile(file: File): Promise<ConceptImportInput> {
  const format = /\.docx$/i.test(file.name) ? "docx" : /\.xlsx$/i.test(file.name) ? "xlsx" : "csv";
  if (format === "csv") return { format, content: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { format, content: btoa(binary) };
}

function PreviewTree({ preview }: { preview: ConceptImportPreview }) {
  const { t } = useTranslation();
  const label = (n: string | null, title: string) => (n ? `${n} ${title}` : title);
  return (
    <div data-testid="import-preview">
      <p className="kern-body">
        {t("concept.import.counts", preview.counts)}
        {preview.skippedParagraphs
          ? ` ${t("concept.import.skipped", { count: preview.skippedParagraphs })}`
          : ""}
      </p>
      <ol className="kurs-import-tree" lang={sourceLanguage}>
        {preview.fields.map((f) => (
          <li key={f.at}>
            <strong>{label(f.number, f.title)}</strong>
            <ol>
              {f.goals.map((g) => (
                <li key={g.at}>
                  {label(g.number, g.title)}
                  <ul>
                    {g.recommendations.map((r) => (
                      <li key={r.at}>{label(r.number, r.title)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * Loading a concept from a DOCX (headings) or an XLSX/CSV outline: check shows the tree and
 * the problems per row or paragraph; import creates a new draft version, all or nothing.
 */
export function ConceptImportSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const check = useConceptWrite<ConceptImportPreview>();
  const run = useConceptWrite<ConceptImportResult>();
  const [file, setFile] = useState<ConceptImportInput | null>(null);
  const [title, setTitle] = useState("");
  const errors = fieldErrors(check.error ?? run.error);
  const preview = check.data;
  const choose = async (chosen: File | undefined) => {
    check.reset();
    run.reset();
    const input = chosen ? await readConceptFile(chosen) : null;
    setFile(input);
    if (input) {
      check.mutate((language) => callRoute(api.previewConceptImport, { body: input }, language));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    run.mutate(
      (language) =>
        callRoute(
          api.importConcept,
          { body: { ...file, ...(title.trim() ? { title } : {}) } },
          language,
        ),
      { onSuccess: (result) => navigate(`/konzept/versionen/${result.versionId}`) },
    );
  };
  const unit =
    preview?.unit === "paragraph" ? t("concept.import.paragraph") : t("concept.import.row");
  return (
    <section className="kurs-section" aria-labelledby="import-title" data-testid="concept-import">
      <h2 id="import-title" className="kern-heading-large">
        {t("concept.import.title")}
      </h2>
      <p className="kern-body">{t("concept.import.intro")}</p>
      <form className="kurs-form" onSubmit={submit} noValidate>
        <Field
          id="concept-file"
          label={t("concept.import.file")}
          hint={t("concept.import.fileHint")}
          error={errors.content}
        >
          {(wiring) => (
            <input
              id="concept-file"
              name="concept-file"
              type="file"
              accept=".docx,.xlsx,.csv"
              className="kern-form-input__input"
              onChange={(e) => void choose(e.target.files?.[0])}
              {...wiring}
            />
          )}
        </Field>
        <TextField
          id="concept-title"
          label={t("concept.import.versionTitle")}
          optional
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        {check.isError && !errors.content ? <ErrorNotice error={check.error} /> : null}
        {run.isError && !errors.content ? <ErrorNotice error={run.error} /> : null}
        {preview && !preview.valid ? (
          <ImportProblems
            testId="concept-import-problems"
            title={t("concept.import.problems")}
            headers={{
              row: unit,
              column: t("concept.import.column"),
              problem: t("concept.import.problem"),
            }}
            problems={preview.problems.map((p) => ({
              row: p.at,
              column: p.column,
              message: p.message,
            }))}
          />
        ) : null}
        {preview ? <PreviewTree preview={preview} /> : null}
        <div className="kurs-form__actions">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={!preview?.valid || run.isPending}
          >
            <span className="kern-label">{t("concept.import.run")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
