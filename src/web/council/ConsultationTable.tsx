import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import { Badge } from "../components/Badge";
import { Empty } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { HeadedTableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { useFormat } from "../i18n/useFormat";

/** The Beratungsfolge: committee, meeting, role and outcome of each step. */
export function ConsultationTable({ consultations }: { consultations: Paper["consultations"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <TitledSection
      className="kurs-section"
      id="steps-title"
      title={t("council.consultations.title")}
      headingClassName="kern-heading-large"
    >
      {consultations.length === 0 ? (
        <Empty>{t("council.consultations.none")}</Empty>
      ) : (
        <HeadedTableScroll labelledBy="steps-title">
          <table className="kern-table" data-testid="consultations">
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t("council.consultations.step")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.consultations.committee")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.consultations.meeting")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.consultations.role")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.consultations.outcome")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {consultations.map((c) => (
                <tr key={c.id} className="kern-table__row">
                  <td className="kern-table__cell kern-table__cell--numeric">{c.position}</td>
                  <td className="kern-table__cell" lang={sourceLanguage}>
                    {c.committee.name}
                  </td>
                  <td className="kern-table__cell">
                    {c.meeting ? date(c.meeting.meetingDate) : t("council.consultations.noMeeting")}
                  </td>
                  <td className="kern-table__cell">{t(`overview.papers.roles.${c.role}`)}</td>
                  <td className="kern-table__cell">
                    {c.outcome ? (
                      t(`council.outcomes.${c.outcome}`)
                    ) : (
                      <Badge tone="warning" label={t("overview.papers.outcomeOpen")} />
                    )}
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
