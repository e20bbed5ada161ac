import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Concept, ConceptVersion } from "../../contract/concept";
import { conceptRoutes } from "../../contract/routes/concept";
import { callRoute } from "../api/call";
import { ErrorNotice } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { useConceptWrite } from "./useConceptWrite";

/**
 * For editors: the drafts in progress, and a button that starts a new one from the adopted
 * version (a county without one starts an empty draft).
 */
export function DraftsSection({ concept }: { concept: Concept }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useConceptWrite<ConceptVersion>();
  const drafts = concept.versions.filter((v) => v.status === "draft");
  const start = () =>
    create.mutate(
      (language) => callRoute(conceptRoutes.createConceptDraft, { body: {} }, language),
      { onSuccess: (draft) => navigate(`/konzept/versionen/${draft.id}`) },
    );
  return (
    <section className="kurs-section" aria-labelledby="drafts-title" data-testid="concept-drafts">
      <h2 id="drafts-title" className="kern-heading-large">
        {t("concept.drafts.title")}
      </h2>
      <p className="kern-body">{t("concept.drafts.intro")}</p>
      {drafts.length ? (
        <ul className="kern-list">
          {drafts.map((d) => (
            <li key={d.id}>
              <Link to={`/konzept/versionen/${d.id}`} className="kern-link">
                {t("concept.drafts.edit", { number: d.number })}:{" "}
                <span lang={sourceLanguage}>{d.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {create.isError ? <ErrorNotice error={create.error} /> : null}
      <div className="kurs-form__actions">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={start}
          disabled={create.isPending}
        >
          <span className="kern-label">{t("concept.drafts.create")}</span>
        </button>
      </div>
    </section>
  );
}
