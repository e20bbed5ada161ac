import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LegalText, LegalTextInput, LegalTopic } from "../../contract/legal";
import { sendJson } from "../auth/sendJson";
import { useLanguage } from "../auth/session";
import { Alert } from "../components/Alert";
import { fieldErrors, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

/** The admin writes Impressum, Datenschutz or the accessibility statement (shown on /oeffentlich). */
export function LegalEditForm({ topic, current }: { topic: LegalTopic; current: LegalText }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useQueryClient();
  const [body, setBody] = useState(current.body ?? "");
  const [contact, setContact] = useState(current.contact ?? "");
  const save = useMutation({
    mutationFn: (input: LegalTextInput) =>
      sendJson<LegalText>("PUT", `/legal/${topic}`, language, input),
    onSuccess: () => client.invalidateQueries(),
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ body, contact: topic === "accessibility" ? contact || null : null });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="legal-edit-title">
      <h2 className="kern-heading-medium" id="legal-edit-title">
        {t("legalEdit.edit")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {save.isSuccess ? (
        <Alert tone="success" title={t("legalEdit.saved")}>
          <p className="kern-body">
            <a className="kern-link" href={publicPath(topic)}>
              {t("legalEdit.publicLink")}
            </a>
          </p>
        </Alert>
      ) : null}
      <TextArea
        id="body"
        label={t("legalEdit.body")}
        hint={t("legalEdit.bodyHint")}
        value={body}
        onChange={setBody}
        error={errors.body}
      />
      {topic === "accessibility" ? (
        <TextField
          id="contact"
          label={t("legalEdit.contact")}
          hint={t("legalEdit.contactHint")}
          optional
          value={contact}
          onChange={setContact}
          error={errors.contact}
        />
      ) : null}
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">
            {save.isPending ? t("form.saving") : t("legalEdit.save")}
          </span>
        </button>
      </div>
    </form>
  );
}

export function publicPath(topic: LegalTopic): string {
  const slug = { imprint: "impressum", privacy: "datenschutz", accessibility: "barrierefreiheit" };
  return `/oeffentlich/de/${slug[topic]}`;
}
