import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import { Field, fieldErrors, TextField } from "../components/form";
import { Empty, ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { useDeletePaperFile, useUploadPaperFile } from "./paperFilesApi";

const accept = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

function sizeText(bytes: number, language: string): string {
  const kib = bytes / 1024;
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return kib < 1024 ? `${format.format(kib)} KB` : `${format.format(kib / 1024)} MB`;
}

/** Anlagen: listed for everyone with download links; editors upload and remove while undecided. */
export function PaperAttachments({ paper, mayEdit }: { paper: Paper; mayEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { date } = useFormat();
  const upload = useUploadPaperFile(paper.id);
  const remove = useDeletePaperFile(paper.id);
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [missing, setMissing] = useState(false);
  const errors = fieldErrors(upload.error);
  const fileError = missing ? t("paperFiles.chooseFile") : (errors.file ?? errors.fileName);
  const editable = mayEdit && !paper.decided;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) return;
    upload.mutate(
      { file, name },
      {
        onSuccess: () => {
          setName("");
          if (input.current) input.current.value = "";
        },
      },
    );
  };

  return (
    <section className="kurs-section" aria-labelledby="attachments-title">
      <h2 id="attachments-title" className="kern-heading-medium">
        {t("paperFiles.title")}
      </h2>
      {paper.files.length === 0 ? (
        <Empty>{t("paperFiles.none")}</Empty>
      ) : (
        <ul className="kern-list kurs-plain-list" data-testid="paper-files">
          {paper.files.map((f) => (
            <li key={f.id} className="kurs-attachment">
              <a className="kern-link" href={`/api/v1/papers/${paper.id}/files/${f.id}`} download>
                {f.name}
              </a>{" "}
              <span className="kern-body kern-body--muted">
                ({f.fileName}, {sizeText(f.size, i18n.language)}, {date(f.createdAt.slice(0, 10))})
              </span>
              {editable ? (
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kurs-attachment__remove"
                  onClick={() => remove.mutate(f.id)}
                  disabled={remove.isPending}
                >
                  <span className="kern-label">{t("paperFiles.remove", { name: f.name })}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {remove.isError ? <ErrorNotice error={remove.error} /> : null}
      {editable ? (
        <form className="kurs-form" onSubmit={submit} noValidate data-testid="paper-file-form">
          {upload.isError && !fileError ? <ErrorNotice error={upload.error} /> : null}
          <Field
            id="paper-file"
            label={t("paperFiles.file")}
            hint={t("paperFiles.hint")}
            error={fileError}
          >
            {(wiring) => (
              <input
                ref={input}
                id="paper-file"
                type="file"
                className="kern-form-input__input"
                accept={accept}
                {...wiring}
              />
            )}
          </Field>
          <TextField
            id="paper-file-name"
            label={t("paperFiles.name")}
            hint={t("paperFiles.nameHint")}
            value={name}
            onChange={setName}
            error={errors.name}
          />
          <div className="kurs-form__actions">
            <button
              type="submit"
              className="kern-btn kern-btn--primary"
              disabled={upload.isPending}
            >
              <span className="kern-label">{t("paperFiles.upload")}</span>
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
