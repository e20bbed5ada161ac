import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Concept } from "../../contract/concept";
import { Empty } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { HeadedTableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { useFormat } from "../i18n/useFormat";

/** Every version of the concept, adopted, superseded or draft. */
export function VersionTable({ versions }: { versions: Concept["versions"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <TitledSection
      className="kurs-section"
      id="versions-title"
      title={t("concept.versions.title")}
      headingClassName="kern-heading-large"
    >
      {versions.length === 0 ? (
        <Empty>{t("concept.versions.empty")}</Empty>
      ) : (
        <HeadedTableScroll labelledBy="versions-title">
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
        </HeadedTableScroll>
      )}
    </TitledSection>
  );
}
