import { useTranslation } from "react-i18next";

/** The actions row of a form that drafts a council paper: its submit button, busy while it runs. */
export function DraftPaperSubmit({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="kurs-form__actions">
      <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
        <span className="kern-label">
          {pending ? t("council.fundPaper.drafting") : t("council.fundPaper.submit")}
        </span>
      </button>
    </div>
  );
}
