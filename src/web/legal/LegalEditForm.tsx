import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LegalLanguage, LegalText, LegalTextInput, LegalTopic } from "../../contract/legal";
import { legalRoutes as api } from "../../contract/routes/legal";
import { legalTopicSlugs } from "../../domain/legal-topics";
import { publicLanguageCodes, publicLanguageLabels } from "../../domain/public-languages";
import { callRoute } from "../api/call";
import { useRouteQuery } from "../api/queries";
import { useLanguage } from "../auth/session";
import { Alert } from "../components/Alert";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice, QueryState } from "../components/QueryState";

/**
 * The admin writes Impressum, Datenschutz or the accessibility statement (shown on /oeffentlich)
 * in each of the public site's languages; German is the original the others fall back to.
 */
export function LegalEditSection({ topic }: { topic: LegalTopic }) {
  const { t } = useTranslation();
  const [textLanguage, setTextLanguage] = useState<LegalLanguage>("de");
  const text = useRouteQuery(api.getLegalText, {
    params: { topic },
    query: { language: textLanguage },
  });
  return (
    <section aria-labelledby="legal-edit-title" className="kurs-stack">
      <h2 className="kern-heading-medium" id="legal-edit-title">
        {t("legalEdit.edit")}
      </h2>
      <SelectField
        id="legal-language"
        label={t("legalEdit.language")}
        hint={t("legalEdit.languageHint")}
        value={textLanguage}
        onChange={(v) => setTextLanguage(v as LegalLanguage)}
        options={publicLanguageCodes.map((code) => ({
          value: code,
          label: publicLanguageLabels[code],
        }))}
      />
      <QueryState query={text}>
        {(current) =>
          current.language === textLanguage ? (
            <LegalEditForm
              // Per language, not per save: the saved notice stays after the refetch.
              key={textLanguage}
              topic={topic}
              current={current}
            />
          ) : null
        }
      </QueryState>
    </section>
  );
}

function LegalEditForm({ topic, current }: { topic: LegalTopic; current: LegalText }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useQueryClient();
  const translation = current.language !== "de";
  // A language without its own text yet starts empty (the German one stands beside it).
  const [body, setBody] = useState(current.inGerman ? "" : (current.body ?? ""));
  const [contact, setContact] = useState(current.contact ?? "");
  const save = useMutation({
    mutationFn: (input: LegalTextInput) =>
      callRoute(api.saveLegalText, { params: { topic }, body: input }, language),
    onSuccess: () => client.invalidateQueries(),
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      language: current.language,
      body,
      contact: topic === "accessibility" && !translation ? contact || null : null,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("legalEdit.edit")}>
      {current.inGerman ? (
        <Alert tone="info" title={t("legalEdit.noTranslation")}>
          <p className="kern-body">{t("legalEdit.noTranslationText")}</p>
        </Alert>
      ) : null}
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
        lang={current.language}
        dir="auto"
        label={t("legalEdit.body")}
        hint={t("legalEdit.bodyHint")}
        value={body}
        onChange={setBody}
        error={errors.body}
      />
      {topic === "accessibility" && !translation ? (
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
  return `/oeffentlich/de/${legalTopicSlugs[topic]}`;
}
