import "./council.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Council } from "../../contract/council";
import { useCouncil } from "../api/queries";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { SourceText, sourceLanguage } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";
import { MeetingForm } from "./MeetingForm";
import { PaperForm } from "./PaperForm";
import { PaperLink } from "./PaperLink";

function Committees({ council }: { council: Council }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="committees-title">
      <h2 id="committees-title" className="kern-heading-large">
        {t("council.committees.title")}
      </h2>
      <ul className="kern-list kurs-plain-list" data-testid="committees">
        {council.committees.map((c) => (
          <li key={c.id}>
            <Link to={`/gremien/gremium/${c.id}`} className="kern-link" lang={sourceLanguage}>
              {c.name}
            </Link>{" "}
            ({t(`council.kinds.${c.kind}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}

function Meetings({ council }: { council: Council }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="meetings-title">
      <h2 id="meetings-title" className="kern-heading-large">
        {t("council.meetings.title")}
      </h2>
      {council.meetings.length === 0 ? (
        <Empty>{t("council.meetings.none")}</Empty>
      ) : (
        <ul className="kern-list kurs-plain-list">
          {council.meetings.map((m) => (
            <li key={m.id} data-testid="council-meeting">
              {date(m.meetingDate)}:{" "}
              <Link to={`/gremien/sitzungen/${m.id}`} className="kern-link" lang={sourceLanguage}>
                {m.name} – {m.committee}
              </Link>
              {m.location ? <> ({m.location})</> : null}
              {m.agendaItems.length ? (
                <ol className="kern-list">
                  {m.agendaItems.map((i) => (
                    <li key={i.id}>
                      <SourceText>{i.title}</SourceText>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Papers({ council }: { council: Council }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="papers-title">
      <h2 id="papers-title" className="kern-heading-large">
        {t("council.papers.title")}
      </h2>
      {council.papers.length === 0 ? (
        <Empty>{t("council.papers.none")}</Empty>
      ) : (
        <ul className="kern-list kurs-plain-list" data-testid="papers">
          {council.papers.map((p) => (
            <li key={p.id}>
              <PaperLink paper={p} /> ({t(`overview.papers.kinds.${p.kind}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Gremien: committees, meetings, papers; coordinators enter meetings and papers here. */
export function CouncilPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const mayEdit = useCouncil().data?.mayEdit ?? false;
  return (
    <Page title={t("council.title")} lead={t("council.intro")}>
      <QueryState query={council}>
        {(data) => (
          <div className="kurs-council">
            <p className="kern-body">
              <Link to="/gremien/beschluesse" className="kern-link" data-testid="resolutions-link">
                {t("council.links.resolutions")}
              </Link>
            </p>
            <Papers council={data} />
            <Meetings council={data} />
            <Committees council={data} />
            {mayEdit ? (
              <>
                <MeetingForm committees={data.committees} />
                <PaperForm mode="new" council={data} />
              </>
            ) : (
              <p className="kern-body kern-body--muted">{t("council.signInToEdit")}</p>
            )}
          </div>
        )}
      </QueryState>
    </Page>
  );
}
