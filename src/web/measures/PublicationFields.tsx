import { useTranslation } from "react-i18next";
import { measureTranslationLanguages } from "../../contract/measures";
import { Checkbox, TextArea, TextField } from "../components/form";
import { filledTranslations, type TranslationValues } from "./measure-form-values";

/** Publication on /oeffentlich and the public texts in other languages. */
export function PublicationFields({
  isPublic,
  onPublicChange,
  translations,
  onTranslationsChange,
  errors,
}: {
  isPublic: boolean;
  onPublicChange: (value: boolean) => void;
  translations: TranslationValues;
  onTranslationsChange: (value: TranslationValues) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const sent = filledTranslations(translations);
  const errorOf = (lang: string, field: string) => {
    const index = sent.indexOf(lang as (typeof sent)[number]);
    return index < 0
      ? undefined
      : (errors[`translations.${index}.${field}`] ??
          (field === "title" ? errors[`translations.${index}.lang`] : undefined));
  };
  const change =
    (lang: keyof TranslationValues, field: "title" | "description") => (value: string) =>
      onTranslationsChange({ ...translations, [lang]: { ...translations[lang], [field]: value } });
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t("measurePublication.legend")}</legend>
      <div className="kern-fieldset__body">
        <Checkbox
          id="isPublic"
          label={t("measurePublication.isPublic")}
          checked={isPublic}
          onChange={onPublicChange}
        />
        <p className="kern-body kern-body--small">{t("measurePublication.hint")}</p>
        <details className="kurs-translations">
          <summary className="kern-body">{t("measurePublication.translations")}</summary>
          {measureTranslationLanguages.map((lang) => (
            <div key={lang} lang={lang} className="kurs-translation">
              <TextField
                id={`translation-${lang}-title`}
                label={t("measurePublication.title", {
                  language: t(`measurePublication.lang.${lang}`),
                })}
                optional
                value={translations[lang].title}
                onChange={change(lang, "title")}
                error={errorOf(lang, "title")}
              />
              <TextArea
                id={`translation-${lang}-description`}
                label={t("measurePublication.description", {
                  language: t(`measurePublication.lang.${lang}`),
                })}
                optional
                value={translations[lang].description}
                onChange={change(lang, "description")}
                error={errorOf(lang, "description")}
              />
            </div>
          ))}
        </details>
      </div>
    </fieldset>
  );
}
