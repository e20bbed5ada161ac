import "./tasks.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MyTask } from "../../contract/my-tasks";
import { periodLabel } from "../../domain/indicator";
import { useMyTasks } from "../api/my-tasks";
import { Badge } from "../components/Badge";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";

function TaskTitle({ task }: { task: MyTask }) {
  const title =
    task.kind === "progressUpdate"
      ? task.measure.title
      : task.kind === "indicatorValues"
        ? task.indicator.name
        : task.kind === "proofOfUse"
          ? task.application.title
          : task.draft.title;
  return task.href ? (
    <Link className="kern-link" to={task.href} lang="de">
      {title}
    </Link>
  ) : (
    <span lang="de">{title}</span>
  );
}

function TaskDetail({ task }: { task: MyTask }) {
  const { t, i18n } = useTranslation();
  const { date } = useFormat();
  const language = i18n.resolvedLanguage === "en" ? "en" : "de";
  if (task.kind === "progressUpdate")
    return (
      <>
        {t("myTasks.forCommittee", { committee: task.committee })}{" "}
        {t("myTasks.latestUpdate", {
          date: task.latestUpdateOn ? date(task.latestUpdateOn) : t("myTasks.never"),
        })}
      </>
    );
  if (task.kind === "indicatorValues")
    return (
      <>
        {t("myTasks.periods", {
          periods: task.periods.map((p) => periodLabel(p, language)).join(", "),
        })}{" "}
        {task.href ? null : t("myTasks.byLinkOnly")}
      </>
    );
  if (task.kind === "proofOfUse")
    return <>{t("myTasks.proofOfUse", { organisation: task.organisation })}</>;
  return (
    <>
      {t("myTasks.forCommittee", { committee: task.committee })}{" "}
      {task.meetingDate ? t("myTasks.meeting", { date: date(task.meetingDate) }) : null}
    </>
  );
}

/** /aufgaben — what is due from the signed-in person, nearest deadline first. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const tasks = useMyTasks();
  return (
    <Page title={t("myTasks.title")} lead={t("myTasks.intro")}>
      <QueryState query={tasks}>
        {(data) =>
          data.items.length ? (
            <ol className="kurs-task-list" data-testid="my-tasks">
              {data.items.map((task) => (
                <li
                  key={`${task.kind}-${task.kind === "indicatorValues" ? task.linkId : ""}-${task.href}-${task.due}`}
                  data-testid="my-task"
                >
                  <p className="kern-body kern-body--small kurs-task-list__kind">
                    {t(`myTasks.kind.${task.kind}`)}
                  </p>
                  <p className="kern-body kern-body--bold">
                    <TaskTitle task={task} />
                  </p>
                  <p className="kern-body">
                    {t("myTasks.due", { date: date(task.due) })}{" "}
                    {task.overdue ? <Badge tone="danger" label={t("myTasks.overdue")} /> : null}
                  </p>
                  <p className="kern-body kern-body--muted">
                    <TaskDetail task={task} />
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <Empty>{t("myTasks.none")}</Empty>
          )
        }
      </QueryState>
    </Page>
  );
}
