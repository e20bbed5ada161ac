import "./reports.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { ReportingDutySchedule } from "../../contract/committee-reports";
import {
  useCreateDraft,
  useFinalReports,
  useReportDrafts,
  useReportingDuties,
  useReportTasks,
  useSendReminders,
} from "../api/committee-reports";
import { Alert } from "../components/Alert";
import { Badge } from "../components/Badge";
import { dutyStateTone } from "../components/dutyState";
import { Page } from "../components/Page";
import { Empty, ListState, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { DutyDeadlineForm } from "../deadlines/DutyDeadlineForm";
import { useFormat } from "../i18n/useFormat";
import { DownloadLinks } from "./DownloadLinks";

function DutyRow({ duty }: { duty: ReportingDutySchedule }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const navigate = useNavigate();
  const create = useCreateDraft();
  const remind = useSendReminders();
  // The meeting the report is for: the next one unless the office picks a later one; the
  // period follows from it (domain/reporting-schedule, computed by the server).
  const [meetingId, setMeetingId] = useState(duty.meetings[0]?.id ?? "");
  const chosen = duty.meetings.find((m) => m.id === meetingId) ?? duty.meetings[0] ?? null;
  const period = chosen?.period ?? duty.period;
  const periodText = `${date(period.from)} – ${date(period.to)}`;
  const startDraft = () =>
    create.mutate(
      {
        committeeId: duty.committee.id,
        reportingDutyId: duty.id,
        meetingId: chosen?.id ?? null,
        periodFrom: period.from,
        periodTo: period.to,
        title: t("reportsPage.defaultTitle", { period: periodText }),
      },
      { onSuccess: (draft) => navigate(`/berichte/entwuerfe/${draft.id}`) },
    );
  const meetingSelect = `duty-meeting-${duty.id}`;
  return (
    <tr className="kern-table__row" data-testid="duty-row">
      <th className="kern-table__cell" scope="row" lang="de">
        {duty.committee.name}
      </th>
      <td className="kern-table__cell">{t(`council.cadences.${duty.cadence}`)}</td>
      <td className="kern-table__cell" data-testid="duty-period">
        {periodText}
      </td>
      <td className="kern-table__cell">
        {duty.meetings.length ? (
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={meetingSelect}>
              {t("reportsPage.meetingFor")}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id={meetingSelect}
                className="kern-form-input__select"
                value={chosen?.id ?? ""}
                onChange={(e) => setMeetingId(e.target.value)}
              >
                {duty.meetings.map((m) => (
                  <option key={m.id} value={m.id}>
                    {`${date(m.date)} – ${m.name}`}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          t("reportsPage.noMeeting")
        )}
      </td>
      <td className="kern-table__cell">
        {date(chosen?.paperDue ?? duty.paperDue)}{" "}
        <span className="kern-body--muted">
          (
          {t(
            duty.paperDeadlineSource === "duty"
              ? "reportsPage.deadlineOwn"
              : "reportsPage.deadlineDays",
            { count: duty.paperDeadlineDays },
          )}
          )
        </span>
      </td>
      <td className="kern-table__cell">{date(duty.updatesDue)}</td>
      <td className="kern-table__cell">
        <Badge tone={dutyStateTone[duty.state]} label={t(`reportsPage.state.${duty.state}`)} />
        <div>{t("reportsPage.missingUpdates", { count: duty.missingUpdates })}</div>
      </td>
      <td className="kern-table__cell">
        <div className="kurs-report-actions" aria-busy={create.isPending || remind.isPending}>
          <button
            type="button"
            className="kern-btn kern-btn--primary kern-btn--small"
            onClick={startDraft}
            disabled={create.isPending}
          >
            <span className="kern-label">{t("reportsPage.startDraft")}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary kern-btn--small"
            onClick={() => remind.mutate(duty.id)}
            disabled={remind.isPending}
          >
            <span className="kern-label">{t("reportsPage.remind")}</span>
          </button>
        </div>
        <div role="status">
          {create.isPending ? t("reportsPage.creatingDraft") : null}
          {remind.isPending ? t("reportsPage.reminding") : null}
          {!remind.isPending && remind.data
            ? remind.data.mailConfigured
              ? t("reportsPage.reminded", { count: remind.data.sent })
              : t("reportsPage.noMail")
            : null}
        </div>
      </td>
    </tr>
  );
}

function DutiesSection() {
  const { t } = useTranslation();
  const duties = useReportingDuties();
  return (
    <TitledSection id="duties-heading" title={t("reportsPage.duties")}>
      <ListState query={duties} empty={t("reportsPage.noDuties")}>
        {(data) => (
          <>
            <TableScroll>
              <table className="kern-table kern-table--striped">
                <caption className="kern-title">{t("reportsPage.dutiesCaption")}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    {(
                      [
                        "committee",
                        "cadence",
                        "period",
                        "meeting",
                        "paperDue",
                        "updatesDue",
                        "state",
                        "actions",
                      ] as const
                    ).map((k) => (
                      <th key={k} className="kern-table__header" scope="col">
                        {t(`reportsPage.col.${k}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {data.items.map((d) => (
                    <DutyRow key={d.id} duty={d} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <DutyDeadlineForm duties={data.items} />
          </>
        )}
      </ListState>
    </TitledSection>
  );
}

function TasksSection() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const tasks = useReportTasks();
  return (
    <TitledSection id="tasks-heading" title={t("reportsPage.tasks")}>
      <ListState query={tasks} empty={t("reportsPage.noTasks")}>
        {(data) => (
          <TableScroll>
            <table className="kern-table kern-table--striped" data-testid="task-table">
              <caption className="kern-title">{t("reportsPage.tasksCaption")}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  {(["measure", "responsible", "lastUpdate", "due"] as const).map((k) => (
                    <th key={k} className="kern-table__header" scope="col">
                      {t(`reportsPage.col.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {data.items.map((task) => (
                  <tr className="kern-table__row" key={`${task.dutyId}-${task.measure.id}`}>
                    <th className="kern-table__cell" scope="row" lang="de">
                      <Link className="kern-link" to={`/massnahmen/${task.measure.id}`}>
                        {task.measure.title}
                      </Link>
                    </th>
                    <td className="kern-table__cell" lang="de">
                      {[task.responsibleUnit, ...task.partners].filter(Boolean).join(", ") || "–"}
                    </td>
                    <td className="kern-table__cell">
                      {task.latestUpdateOn ? date(task.latestUpdateOn) : t("reportsPage.never")}
                    </td>
                    <td className="kern-table__cell">
                      {date(task.updatesDue)}{" "}
                      {task.overdue ? (
                        <Badge tone="danger" label={t("reportsPage.overdue")} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ListState>
    </TitledSection>
  );
}

function DraftsSection() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const drafts = useReportDrafts();
  return (
    <TitledSection id="drafts-heading" title={t("reportsPage.drafts")}>
      <QueryState query={drafts}>
        {(data) => {
          const open = data.items.filter((d) => !d.finalReportId);
          return open.length ? (
            <ul className="kurs-report-list">
              {open.map((d) => (
                <li key={d.id} data-testid="draft-item">
                  <Link className="kern-link" to={`/berichte/entwuerfe/${d.id}`} lang="de">
                    {d.title}
                  </Link>{" "}
                  <span className="kern-body--muted">
                    {d.committee.name}, {date(d.periodFrom)} – {date(d.periodTo)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>{t("reportsPage.noDrafts")}</Empty>
          );
        }}
      </QueryState>
    </TitledSection>
  );
}

function FinalSection() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const reports = useFinalReports();
  return (
    <TitledSection id="final-heading" title={t("reportsPage.finals")}>
      <ListState query={reports} empty={t("reportsPage.noFinals")}>
        {(data) => (
          <ul className="kurs-report-list">
            {data.items.map((r) => (
              <li key={r.id} data-testid="final-item">
                <Link className="kern-link" to={`/berichte/${r.id}`} lang="de">
                  {r.title}
                </Link>{" "}
                <span className="kern-body--muted">
                  {r.committee.name}, {date(r.periodFrom)} – {date(r.periodTo)};{" "}
                  {t("reportsPage.finalisedOn", { date: date(r.finalisedAt.slice(0, 10)) })}
                </span>{" "}
                {r.supersededById ? (
                  <Badge tone="warning" label={t("reportsPage.superseded")} />
                ) : null}
                <DownloadLinks of="report" id={r.id} title={r.title} />
              </li>
            ))}
          </ul>
        )}
      </ListState>
    </TitledSection>
  );
}

/** /berichte — reporting duties and their due dates, update requests, drafts, final reports. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("reportsPage.title")} lead={t("reportsPage.intro")}>
      <Alert tone="info" title={t("reportsPage.howTitle")} headingLevel={2}>
        <p>{t("reportsPage.how")}</p>
      </Alert>
      <DutiesSection />
      <TasksSection />
      <DraftsSection />
      <FinalSection />
    </Page>
  );
}
