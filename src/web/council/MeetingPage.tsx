import "./council.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { MeetingDetail } from "../../contract/council-pages";
import { useMeeting, useTimeline } from "../api/queries";
import { Badge } from "../components/Badge";
import { Fact, Facts } from "../components/Facts";
import { MultilineText } from "../components/MultilineText";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { SourceText, sourceLanguage } from "../components/SourceText";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { PaperLink } from "./PaperLink";
import { ResolutionsTable } from "./ResolutionsTable";

function Agenda({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const items = detail.meeting.agendaItems;
  return (
    <section className="kurs-section" aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="kern-heading-large">
        {t("council.meetingPage.agenda")}
      </h2>
      {items.length === 0 ? (
        <Empty>{t("council.meetingPage.noAgenda")}</Empty>
      ) : (
        <ol className="kern-list kurs-plain-list" data-testid="agenda">
          {items.map((i) => (
            <li key={i.id}>
              {i.number ? `${i.number}. ` : ""}
              {i.paperId ? (
                <Link
                  to={`/gremien/vorlagen/${i.paperId}`}
                  className="kern-link"
                  lang={sourceLanguage}
                >
                  {i.title}
                </Link>
              ) : (
                <SourceText>{i.title}</SourceText>
              )}
              {i.result ? <MultilineText text={i.result} /> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Papers({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="meeting-papers-title">
      <h2 id="meeting-papers-title" className="kern-heading-large">
        {t("council.meetingPage.papers")}
      </h2>
      {detail.papers.length === 0 ? (
        <Empty>{t("council.meetingPage.noPapers")}</Empty>
      ) : (
        <TableScroll>
          <table className="kern-table" data-testid="meeting-papers">
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("council.meetingPage.paper")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.meetingPage.role")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.meetingPage.outcome")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {detail.papers.map((p) => (
                <tr key={p.id} className="kern-table__row">
                  <td className="kern-table__cell">
                    <PaperLink paper={p} />
                  </td>
                  <td className="kern-table__cell">
                    {p.role
                      ? t(`overview.papers.roles.${p.role}`)
                      : t("council.meetingPage.agendaOnly")}
                  </td>
                  <td className="kern-table__cell">
                    {p.outcome ? (
                      t(`council.outcomes.${p.outcome}`)
                    ) : p.role ? (
                      <Badge tone="warning" label={t("overview.papers.outcomeOpen")} />
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function Resolutions({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const timeline = useTimeline();
  return (
    <section className="kurs-section" aria-labelledby="meeting-resolutions-title">
      <h2 id="meeting-resolutions-title" className="kern-heading-large">
        {t("council.meetingPage.resolutions")}
      </h2>
      {detail.meeting.resultSummary ? (
        <div data-testid="meeting-result">
          <p className="kern-body kern-body--bold">{t("council.meetingPage.result")}</p>
          <MultilineText text={detail.meeting.resultSummary} />
        </div>
      ) : null}
      {detail.resolutions.length === 0 ? (
        <Empty>{t("council.meetingPage.noResolutions")}</Empty>
      ) : (
        <QueryState query={timeline}>
          {(data) => <ResolutionsTable resolutions={detail.resolutions} names={data.names} />}
        </QueryState>
      )}
    </section>
  );
}

function MeetingView({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <div className="kurs-council">
      <Facts>
        <Fact label={t("council.meetingPage.committee")}>
          <Link
            to={`/gremien/gremium/${detail.committee.id}`}
            className="kern-link"
            lang={sourceLanguage}
          >
            {detail.committee.name}
          </Link>
        </Fact>
        <Fact label={t("council.meetingPage.date")}>{date(detail.meeting.meetingDate)}</Fact>
        {detail.meeting.location ? (
          <Fact label={t("council.meetingPage.location")}>
            <SourceText>{detail.meeting.location}</SourceText>
          </Fact>
        ) : null}
      </Facts>
      <Agenda detail={detail} />
      <Papers detail={detail} />
      <Resolutions detail={detail} />
    </div>
  );
}

/** One meeting: agenda, the papers on its table, its result and its resolutions with effects. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { id = "" } = useParams();
  const meeting = useMeeting(id);
  const title = meeting.data
    ? `${meeting.data.meeting.name}, ${date(meeting.data.meeting.meetingDate)}`
    : t("council.meetingPage.title");
  return (
    <Page title={title}>
      <p>
        <Link to="/gremien" className="kern-link">
          {t("council.backToList")}
        </Link>
      </p>
      <QueryState query={meeting}>{(data) => <MeetingView detail={data} />}</QueryState>
    </Page>
  );
}
