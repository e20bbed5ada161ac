import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Overview } from "../../contract/overview";
import { Badge } from "../components/Badge";
import { dutyStateTone } from "../components/dutyState";
import { Fact, Facts } from "../components/Facts";
import { Empty } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

/**
 * Reporting duties in force: which committee expects reports how often, since which decision,
 * when the next paper is due and what is missing or overdue for it.
 */
export function ReportingSection({ duties }: { duties: Overview["reportingDuties"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="reporting-title" data-testid="reporting">
      <h2 id="reporting-title" className="kern-heading-large">
        {t("overview.reporting.title")}
      </h2>
      {duties.length === 0 ? (
        <Empty>{t("overview.reporting.empty")}</Empty>
      ) : (
        duties.map((d) => (
          <Facts key={d.id}>
            <Fact label={t("overview.reporting.committee")}>
              <SourceText>{d.committee}</SourceText>
            </Fact>
            <Fact label={t("overview.reporting.cadence")}>
              {t(`council.cadences.${d.cadence}`)}
            </Fact>
            <Fact label={t("overview.reporting.since")}>{date(d.validFrom)}</Fact>
            <Fact label={t("overview.reporting.decision")}>{date(d.resolution.decidedOn)}</Fact>
            <Fact label={t("overview.reporting.paperDue")}>
              {date(d.paperDue)}{" "}
              <Badge tone={dutyStateTone[d.state]} label={t(`reportsPage.state.${d.state}`)} />
            </Fact>
            {d.missingUpdates > 0 && (
              <Fact label={t("overview.reporting.missing")}>
                <Link to="/berichte">
                  {t("reportsPage.missingUpdates", { count: d.missingUpdates })}
                </Link>
              </Fact>
            )}
          </Facts>
        ))
      )}
    </section>
  );
}
