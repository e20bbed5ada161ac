import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Concept } from "../../contract/concept";
import { Empty } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

/** Every version of the concept, adopted, superseded or draft. */
export function VersionTable({ versions }: { versions: Concept["versions"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="versions-title">
      <h2 id="versions-title" className="kern-heading-large">
        {t("concept.versions.title")}
      </h2>
      {versions.length === 0 ? (
        <Empty>{t("concept.versions.empty")}</Empty>
      ) : (
        // A table that scrolls sideways must be reachable by keyboard (WCAG 2.1.1).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll container is the interaction
        <section className="kern-table-responsive" aria-labelledby="versions-title" tabIndex={0}>
          <table className="kern-table">
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t("concept.versions.number")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("concept.versions.name")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("concept.versions.status")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("concept.versions.adoptedOn")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {versions.map((v) => (
                <tr key={v.id} className="kern-table__row">
                  <td className="kern-table__cell kern-table__cell--numeric">{v.number}</td>
                  <td className="kern-table__cell">
                    <Link
                      to={`/konzept/versionen/${v.id}`}
                      className="kern-link"
                      lang={sourceLanguage}
                    >
                      {v.title}
                    </Link>
                  </td>
                  <td className="kern-table__cell">{t(`concept.versions.statuses.${v.status}`)}</td>
                  <td className="kern-table__cell">
                    {v.adoptedOn ? date(v.adoptedOn) : t("concept.notAdopted")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
