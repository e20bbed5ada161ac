import { useTranslation } from "react-i18next";
import type { Overview } from "../../contract/overview";
import { Badge } from "../components/Badge";
import { Fact, Facts } from "../components/Facts";
import { MultilineText } from "../components/MultilineText";
import { Empty } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

type Paper = Overview["pendingPapers"][number];

function PaperCard({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const next = paper.nextConsultation;
  return (
    <article className="kern-card kern-card--hug" data-testid="pending-paper">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <p className="kern-preline">{t(`overview.papers.kinds.${paper.kind}`)}</p>
          <h3 className="kern-heading-small">
            <SourceText>{paper.title}</SourceText>
          </h3>
        </header>
        <div className="kern-card__body">
          <Facts>
            <Fact label={t("overview.papers.reference")}>
              {paper.reference ?? t("overview.papers.noReference")}
            </Fact>
            {next ? (
              <>
                <Fact label={t("overview.papers.nextConsultation")}>
                  <SourceText>{next.committee}</SourceText>
                </Fact>
                <Fact label={t("overview.papers.role")}>
                  {t(`overview.papers.roles.${next.role}`)}
                </Fact>
                <Fact label={t("overview.papers.meetingDate")}>
                  {next.meetingDate ? date(next.meetingDate) : t("overview.papers.noMeetingDate")}
                </Fact>
              </>
            ) : null}
            <Fact label={t("overview.papers.outcome")}>
              <Badge tone="warning" label={t("overview.papers.outcomeOpen")} />
            </Fact>
          </Facts>
          {paper.proposedResolution ? (
            <div className="kurs-quote">
              <h4 className="kern-heading-small">{t("overview.papers.proposedResolution")}</h4>
              <MultilineText text={paper.proposedResolution} />
            </div>
          ) : null}
        </div>
      </div>
    </article>
  );
}

/** Papers whose consultation is still open, such as the Vorlage to the Ausschuss. */
export function PendingPaperSection({ papers }: { papers: Paper[] }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="papers-title">
      <h2 id="papers-title" className="kern-heading-large">
        {t("overview.papers.title")}
      </h2>
      {papers.length === 0 ? (
        <Empty>{t("overview.papers.empty")}</Empty>
      ) : (
        <div className="kurs-stack">
          {papers.map((paper) => (
            <PaperCard key={paper.id} paper={paper} />
          ))}
        </div>
      )}
    </section>
  );
}
