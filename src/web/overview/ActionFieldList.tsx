import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Overview } from "../../contract/overview";
import { Badge } from "../components/Badge";
import { Empty } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { LightCounts } from "../measures/LightCounts";
import "../measures/measures.css";

type Field = Overview["actionFields"][number];

/** Measures of a field: count, traffic lights (as text and dot), overdue, link to the list. */
function FieldMeasures({ field }: { field: Field }) {
  const { t } = useTranslation();
  const m = field.measures;
  if (m.count === 0)
    return <p className="kern-body kern-body--muted">{t("overview.fields.measuresNone")}</p>;
  return (
    <div data-testid="field-measures">
      <p className="kern-body">
        <Link className="kern-link" to={`/massnahmen?field=${field.id}`}>
          {t("overview.fields.measures", { count: m.count })}
        </Link>
        {m.overdueCount ? ` · ${t("overview.fields.overdue", { count: m.overdueCount })}` : ""}
      </p>
      <LightCounts lights={m.lights} staleCount={m.staleCount} />
    </div>
  );
}

/** The Handlungsfelder as numbered cards; the focus field carries a badge. */
export function ActionFieldList({ fields }: { fields: Field[] }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="fields-title">
      <h2 id="fields-title" className="kern-heading-large">
        {t("overview.fields.title")}
      </h2>
      {fields.length === 0 ? (
        <Empty>{t("overview.fields.empty")}</Empty>
      ) : (
        <ol className="kurs-field-grid" data-testid="action-fields">
          {fields.map((field) => (
            <li
              key={field.id}
              className={field.isFocus ? "kurs-field kurs-field--focus" : "kurs-field"}
            >
              <article className="kern-card kern-card--hug">
                <div className="kern-card__container">
                  <header className="kern-card__header">
                    <p className="kern-preline">
                      {t("overview.fields.number", { position: field.position })}
                    </p>
                    <h3 className="kern-heading-small">
                      <SourceText>{field.title}</SourceText>
                    </h3>
                  </header>
                  <div className="kern-card__body">
                    {field.isFocus ? (
                      <Badge tone="info" label={t("overview.fields.focusBadge")} />
                    ) : null}
                    <p className="kern-body">
                      {t("overview.fields.goals", { count: field.goalCount })},{" "}
                      {t("overview.fields.recommendations", { count: field.recommendationCount })}
                    </p>
                    <FieldMeasures field={field} />
                  </div>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/konzept">
          {t("overview.fields.toConcept")}
        </Link>
      </p>
    </section>
  );
}
