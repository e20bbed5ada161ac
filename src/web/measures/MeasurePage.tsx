import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Measure } from "../../contract/measures";
import { useMeasure, useMeasureOptions } from "../api/measures";
import { ExampleBadge } from "../components/Badge";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { MeasureBookings } from "../ledger/MeasureBookings";
import { ProgressForm } from "./ProgressForm";
import { ProgressList } from "./ProgressList";
import { StatusForm } from "./StatusForm";
import { OverdueBadge, StatusBadge, TrafficLight } from "./TrafficLight";

function MeasureFacts({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { date, money } = useFormat();
  const none = t("measures.detail.none");
  const period = `${measure.startOn ? date(measure.startOn) : t("measures.detail.open")} – ${
    measure.endOn ? date(measure.endOn) : t("measures.detail.open")
  }`;
  return (
    <Facts>
      <Fact label={t("measures.table.status")}>
        <StatusBadge status={measure.status} /> <OverdueBadge reasons={measure.overdueReasons} />
      </Fact>
      <Fact label={t("measures.table.light")}>
        <TrafficLight
          light={measure.trafficLight}
          on={measure.latestUpdateOn}
          stale={measure.trafficLightStale}
        />
      </Fact>
      <Fact label={t("measures.detail.completion")}>{measure.completion} %</Fact>
      <Fact label={t("measures.detail.type")}>{measure.measureType}</Fact>
      <Fact label={t("measures.detail.period")}>{period}</Fact>
      <Fact label={t("measures.detail.responsible")}>
        {[measure.responsibleUnit, measure.responsiblePerson].filter(Boolean).join(", ") || none}
      </Fact>
      <Fact label={t("measures.detail.targetGroups")}>
        {measure.targetGroups.join(", ") || none}
      </Fact>
      <Fact label={t("measures.detail.languages")}>{measure.languages.join(", ") || none}</Fact>
      <Fact label={t("measures.detail.plannedMoney")}>{money(measure.plannedCents)}</Fact>
      <Fact label={t("measures.detail.plannedStaff")}>
        {t("measures.detail.fte", { value: measure.plannedFte.toLocaleString("de-DE") })}
      </Fact>
      {measure.internalNote ? (
        <Fact label={t("measures.detail.internalNote")}>{measure.internalNote}</Fact>
      ) : null}
      <Fact label={t("measurePublication.legend")}>
        {measure.isPublic ? t("measurePublication.shown") : t("measurePublication.notShown")}
        {measure.translations.length
          ? ` (${measure.translations.map((x) => t(`measurePublication.lang.${x.lang}`)).join(", ")})`
          : ""}
      </Fact>
    </Facts>
  );
}

function Links({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <>
      <section className="kurs-section" aria-labelledby="recs-title">
        <h2 id="recs-title" className="kern-heading-medium">
          {t("measures.detail.recommendations")}
        </h2>
        <ul className="kurs-recommendation-list" data-testid="measure-recommendations">
          {measure.recommendations.map((r) => (
            <li key={r.id} lang="de">
              <span className="kern-body--bold">{r.title}</span>
              <br />
              <span className="kern-body kern-body--small">
                {r.actionField.position} {r.actionField.title} › {r.goal.title}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="kurs-section" aria-labelledby="partners-title">
        <h2 id="partners-title" className="kern-heading-medium">
          {t("measures.detail.partners")}
        </h2>
        {measure.partners.length === 0 ? (
          <Empty>{t("measures.detail.none")}</Empty>
        ) : (
          <ul className="kurs-plain-list" data-testid="measure-partners">
            {measure.partners.map((p) => (
              <li key={p.id}>
                <Link className="kern-link" to={`/partner/${p.id}`} lang="de">
                  {p.name}
                </Link>{" "}
                ({t(`partner.kind.${p.kind}`)}
                {p.isLead ? `, ${t("measures.detail.lead")}` : ""}){" "}
                {p.isExample ? <ExampleBadge /> : null}
              </li>
            ))}
          </ul>
        )}
        <h2 className="kern-heading-medium">{t("measures.detail.municipalities")}</h2>
        <p className="kern-body" data-testid="measure-municipalities" lang="de">
          {measure.municipalities.map((m) => m.name).join(", ") || t("measures.detail.none")}
        </p>
      </section>
      <section className="kurs-section" aria-labelledby="milestones-title">
        <h2 id="milestones-title" className="kern-heading-medium">
          {t("measures.detail.milestones")}
        </h2>
        {measure.milestones.length === 0 ? (
          <Empty>{t("measures.detail.noMilestones")}</Empty>
        ) : (
          <ul className="kurs-plain-list">
            {measure.milestones.map((m) => (
              <li key={m.id}>
                <span lang="de">{m.title}</span> –{" "}
                {t("measures.detail.due", { date: date(m.dueOn) })}
                {m.doneOn ? `, ${t("measures.detail.done", { date: date(m.doneOn) })}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function History({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="history-title">
      <h2 id="history-title" className="kern-heading-medium">
        {t("measures.detail.history")}
      </h2>
      <ol className="kurs-timeline" data-testid="status-history">
        {measure.statusHistory.map((s) => (
          <li key={s.id}>
            <p className="kern-body kern-body--bold">
              {t("measures.detail.historyEntry", {
                date: date(s.changedOn),
                status: t(`measures.status.${s.toStatus}`),
              })}
            </p>
            <p className="kern-body" lang="de">
              {s.reason}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** /massnahmen/:id — everything about one measure, and the forms for those who may use them. */
export function MeasurePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const measure = useMeasure(id);
  const editor = useMeasureOptions().data?.canEdit ?? false;
  return (
    <Page title={measure.data?.title ?? t("measures.title")}>
      <p>
        <Link className="kern-link" to="/massnahmen">
          {t("measures.back")}
        </Link>
      </p>
      <QueryState query={measure}>
        {(m) => (
          <div data-testid="measure-detail">
            {m.isExample ? <ExampleBadge /> : null}
            {m.description ? (
              <p className="kern-body kern-body--large" lang="de">
                {m.description}
              </p>
            ) : null}
            <MeasureFacts measure={m} />
            {editor ? (
              <p>
                <Link
                  className="kern-btn kern-btn--secondary"
                  to={`/massnahmen/${m.id}/bearbeiten`}
                >
                  <span className="kern-label">{t("measures.detail.edit")}</span>
                </Link>
              </p>
            ) : null}
            <Links measure={m} />
            <ProgressList updates={m.updates} />
            <MeasureBookings measureId={m.id} />
            {m.canReport ? <ProgressForm measureId={m.id} /> : null}
            <History measure={m} />
            {editor ? <StatusForm measure={m} /> : null}
          </div>
        )}
      </QueryState>
    </Page>
  );
}
