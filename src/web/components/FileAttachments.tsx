import "./file-attachments.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { paperFileTypes } from "../../domain/paper-files";
import { type ApiError, sendWrite } from "../api/client";
import { type AttachmentPaths, uploadFile } from "../api/upload";
import { useFormat, useLanguage } from "../i18n/useFormat";
import { Field, fieldErrors, TextField } from "./form";
import { Empty, ErrorNotice } from "./QueryState";

/** The file types of Anlagen (domain/paper-files.ts, ".jpeg" beside ".jpg"); the server checks type and content. */
const accept = [...Object.values(paperFileTypes), "jpeg"].map((e) => `.${e}`).join(",");

function sizeText(bytes: number, language: string): string {
  // A file under 100 bytes still reads "0,1 KB", not "0 KB".
  const kib = Math.max(bytes / 1024, 0.1);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return kib < 1024 ? `${format.format(kib)} KB` : `${format.format(kib / 1024)} MB`;
}

export interface AttachedFile {
  id: string;
  name: string;
  fileName: string;
  size: number;
  createdAt: string;
}

/**
 * Anlagen of a paper or a grant application: listed with download links; while `editable`,
 * uploaded (progress shown, the server's refusal at the file field) and removed. The rules are
 * the paper files' (texts of the area `paperFiles`); `paths` are the files' API routes.
 */
export function FileAttachments({
  idPrefix,
  title,
  none,
  files,
  paths,
  editable,
}: {
  idPrefix: string;
  title: string;
  none: string;
  files: AttachedFile[];
  paths: AttachmentPaths;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const language = useLanguage();
  const client = useQueryClient();
  const [progress, setProgress] = useState(0);
  const upload = useMutation<unknown, ApiError, { file: File; name: string }>({
    mutationFn: ({ file, name }) =>
      uploadFile(
        paths.upload({ fileName: file.name, ...(name ? { name } : {}) }),
        file,
        language,
        setProgress,
      ),
    onSuccess: () => client.invalidateQueries(),
  });
  const remove = useMutation<unknown, ApiError, string>({
    mutationFn: (fileId) => sendWrite("DELETE", paths.remove(fileId), language, undefined),
    onSuccess: () => client.invalidateQueries(),
  });
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [missing, setMissing] = useState(false);
  const errors = fieldErrors(upload.error);
  // A type or size the server does not take at all (415, 413) is about the file, too.
  const refusedWhole =
    upload.error?.status === 413 || upload.error?.status === 415
      ? upload.error.problem?.title
      : undefined;
  const fileError = missing
    ? t("paperFiles.chooseFile")
    : (errors.file ?? errors.fileName ?? refusedWhole);
  const fileId = idPrefix;
  const titleId = `${idPrefix}s-title`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) return input.current?.focus();
    setProgress(0);
    upload.mutate(
      { file, name },
      {
        onSuccess: () => {
          setName("");
          if (input.current) input.current.value = "";
        },
        // The message stands at the file field: take the reader there.
        onError: () => input.current?.focus(),
      },
    );
  };

  return (
    <section className="kurs-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="kern-heading-medium">
        {title}
      </h2>
      {files.length === 0 ? (
        <Empty>{none}</Empty>
      ) : (
        <ul className="kern-list kurs-plain-list" data-testid={`${idPrefix}s`}>
          {files.map((f) => (
            <li key={f.id} className="kurs-attachment">
              <a className="kern-link" href={`/api/v1${paths.file(f.id)}`} download={f.fileName}>
                {f.name}
              </a>{" "}
              <span className="kern-body kern-body--muted">
                ({f.fileName}, {sizeText(f.size, language)}, {date(f.createdAt.slice(0, 10))})
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
        <form
          className="kurs-attachments__form"
          onSubmit={submit}
          noValidate
          data-testid={`${idPrefix}-form`}
        >
          {upload.isError && !fileError ? <ErrorNotice error={upload.error} /> : null}
          <Field
            id={fileId}
            label={t("paperFiles.file")}
            hint={t("paperFiles.hint")}
            error={fileError}
          >
            {(wiring) => (
              <input
                ref={input}
                id={fileId}
                type="file"
                className="kern-form-input__input"
                accept={accept}
                {...wiring}
              />
            )}
          </Field>
          <TextField
            id={`${idPrefix}-name`}
            label={t("paperFiles.name")}
            hint={t("paperFiles.nameHint")}
            value={name}
            onChange={setName}
            error={errors.name}
          />
          {upload.isPending ? (
            <div role="status" className="kurs-upload-progress">
              <label className="kern-body" htmlFor={`${idPrefix}-progress`}>
                {t("paperFiles.progress", { percent: progress })}
              </label>
              <progress id={`${idPrefix}-progress`} max={100} value={progress} />
            </div>
          ) : null}
          <div className="kurs-attachments__actions">
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
