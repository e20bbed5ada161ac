import "./council.css";

import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { CommitteeDetail } from "../../contract/council-pages";
import { useCommittee } from "../api/queries";
import { Badge } from "../components/Badge";
import { dutyStateTone } from "../components/dutyState";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { SourceText, sourceLanguage } from "../components/SourceText";
import { sortRows } from "../components/sortOrder";
import { TableScroll } from "../components/TableScroll";
import { useSortColumns } from "../components/useSortColumns";
import { useFormat } from "../i18n/useFormat";
import { CommitteeFollowUps } from "./FollowUps";
import { PaperLink } from "./PaperLink";

type Column = "date" | "name" | "resolutions";

function Meetings({ meetings }: { meetings: CommitteeDetail["meetings"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { order, header, sortedBy } = useSortColumns<Column>(
    {
      date: t("council.committeePage.date"),
      name: t("council.committeePage.name"),
      resolutions: t("council.committeePage.resolutions"),
    },
    { column: "date", direction: "descending" },
    ["resolutions"],
  );
  const shown = sortRows(meetings, order, (m, c) =>
    c === "date" ? m.meetingDate : c === "name" ? m.name.toLowerCase() : m.resolutionCount,
  );
  return (
    <section className="kurs-section" aria-labelledby="committee-meetings-title">
      <h2 id="committee-meetings-title" className="kern-heading-large">
        {t("council.committeePage.meetings")}
      </h2>
      {meetings.length === 0 ? (
        <Empty>{t("council.committeePage.noMeetings")}</Empty>
      ) : (
        <TableScroll>
          <table className="kern-table" data-testid="committee-meetings">
            <caption className="kern-sr-only">
              {t("council.committeePage.caption", sortedBy)}
            </caption>
            <thead>
              <tr className="kern-table__row">
                {header("date")}
                {header("name")}
                <th scope="col" className="kern-table__header">
                  {t("council.committeePage.location")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("council.committeePage.papersBy")}
                </th>
                {header("resolutions")}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {shown.map((m) => (
                <tr key={m.id} className="kern-table__row">
                  <td className="kern-table__cell">{date(m.meetingDate)}</td>
                  <td className="kern-table__cell">
                    <Link
                      to={`/gremien/sitzungen/${m.id}`}
                      className="kern-link"
                      lang={sourceLanguage}
                    >
                      {m.name}
                    </Link>
                  </td>
                  <td className="kern-table__cell" lang={sourceLanguage}>
                    {m.location ?? "–"}
                  </td>
                  <td className="kern-table__cell">
                    {m.paperDue
                      ? `${date(m.paperDue)}${m.paperInTime ? "" : ` (${t("council.committeePage.passed")})`}`
                      : "–"}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {m.resolutionCount}
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

function OpenConsultations({ items }: { items: CommitteeDetail["openConsultations"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="committee-open-title">
      <h2 id="committee-open-title" className="kern-heading-large">
        {t("council.committeePage.open")}
      </h2>
      {items.length === 0 ? (
        <Empty>{t("council.committeePage.noOpen")}</Empty>
      ) : (
        <ul className="kern-list kurs-plain-list" data-testid="committee-open">
          {items.map((c) => (
            <li key={`${c.paper.id}-${c.role}`}>
              <PaperLink paper={c.paper} /> ({t(`overview.papers.roles.${c.role}`)};{" "}
              {c.meeting ? (
                <Link to={`/gremien/sitzungen/${c.meeting.id}`} className="kern-link">
                  {t("council.committeePage.atMeeting", { date: date(c.meeting.meetingDate) })}
                </Link>
              ) : (
                t("council.committeePage.noMeeting")
              )}
              )
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Duties({ duties }: { duties: CommitteeDetail["reportingDuties"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="committee-duties-title">
      <h2 id="committee-duties-title" className="kern-heading-large">
        {t("council.committeePage.duties")}
      </h2>
      {duties.length === 0 ? (
        <Empty>{t("council.committeePage.noDuties")}</Empty>
      ) : (
        duties.map((d) => (
          <Facts key={d.id}>
            <Fact label={t("council.committeePage.cadence")}>
              {t(`council.cadences.${d.cadence}`)}
            </Fact>
            {d.subject ? (
              <Fact label={t("council.committeePage.subject")}>
                <SourceText>{d.subject}</SourceText>
              </Fact>
            ) : null}
            <Fact label={t("council.committeePage.since")}>{date(d.validFrom)}</Fact>
            <Fact label={t("council.committeePage.paperDue")}>
              {date(d.paperDue)}{" "}
              <Badge tone={dutyStateTone[d.state]} label={t(`reportsPage.state.${d.state}`)} />
            </Fact>
          </Facts>
        ))
      )}
    </section>
  );
}

/**
 * One committee: its meetings, the papers waiting for its result, what its resolutions still
 * require (decision tracking), its reporting duties.
 */
export function CommitteePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const committee = useCommittee(id);
  return (
    <Page title={committee.data?.committee.name ?? t("council.committeePage.title")}>
      <p>
        <Link to="/gremien" className="kern-link">
          {t("council.backToList")}
        </Link>
      </p>
      <QueryState query={committee}>
        {(data) => (
          <div className="kurs-council">
            <Facts>
              <Fact label={t("council.committeePage.kind")}>
                {t(`council.kinds.${data.committee.kind}`)}
              </Fact>
              {data.committee.shortName ? (
                <Fact label={t("council.committeePage.shortName")}>
                  <SourceText>{data.committee.shortName}</SourceText>
                </Fact>
              ) : null}
            </Facts>
            <OpenConsultations items={data.openConsultations} />
            <CommitteeFollowUps committeeId={data.committee.id} />
            <Duties duties={data.reportingDuties} />
            <Meetings meetings={data.meetings} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}
