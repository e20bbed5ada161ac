import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Overview } from "../../contract/overview";
import { MultilineText } from "../components/MultilineText";
import { Empty } from "../components/QueryState";
import { SourceText, sourceLanguage } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

type Meeting = Overview["recentMeetings"][number];

/** The latest meetings, newest first, with their recorded result. */
export function RecentMeetings({ meetings }: { meetings: Meeting[] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="meetings-title">
      <h2 id="meetings-title" className="kern-heading-large">
        {t("overview.meetings.title")}
      </h2>
      {meetings.length === 0 ? (
        <Empty>{t("overview.meetings.empty")}</Empty>
      ) : (
        <ul className="kurs-meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="kurs-meeting" data-testid="meeting">
              <h3 className="kern-heading-small">
                <time dateTime={meeting.meetingDate}>{date(meeting.meetingDate)}</time>
                {" – "}
                <SourceText>{meeting.committee}</SourceText>
              </h3>
              <p className="kern-body" lang={sourceLanguage}>
                {meeting.name}
              </p>
              {meeting.decisions.length ? (
                <div data-testid="meeting-decisions">
                  <p className="kern-body kern-body--bold">{t("overview.meetings.decisions")}</p>
                  <ul className="kern-list">
                    {meeting.decisions.map((d) => (
                      <li key={d.id}>
                        {t(`council.outcomes.${d.outcome}`)}
                        {d.paper ? (
                          <>
                            {": "}
                            <Link
                              to={`/gremien/vorlagen/${d.paper.id}`}
                              className="kern-link"
                              lang={sourceLanguage}
                            >
                              {d.paper.title}
                            </Link>
                          </>
                        ) : null}
                        {d.effectCount
                          ? ` – ${t("council.resolution.effectCount", { count: d.effectCount })}`
                          : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {meeting.resultSummary ? (
                <div>
                  <p className="kern-body kern-body--bold">{t("overview.meetings.result")}</p>
                  <MultilineText text={meeting.resultSummary} />
                </div>
              ) : null}
              {!meeting.decisions.length && !meeting.resultSummary ? (
                <p className="kern-body">{t("overview.meetings.noResult")}</p>
              ) : null}
              <p className="kern-body">
                <Link to={`/gremien/sitzungen/${meeting.id}`} className="kern-link">
                  {t("overview.meetings.toMeeting")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
