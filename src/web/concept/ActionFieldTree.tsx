import { useTranslation } from "react-i18next";
import type { ActionField } from "../../contract/concept";
import type { ConceptTimeline } from "../../contract/concept-timeline";
import type { MeasureRollUp } from "../../contract/measures";
import { Badge, ExampleBadge } from "../components/Badge";
import { Empty } from "../components/QueryState";
import { SourceText, sourceLanguage } from "../components/SourceText";
import { RollUpSummary } from "../measures/RollUpSummary";
import { DraftItemControls } from "./DraftItemControls";
import { AddItemForm } from "./DraftStructure";
import { TimelineList } from "./TimelineList";

type Goal = ActionField["goals"][number];
type Recommendation = Goal["recommendations"][number];
/** Set when the version is a draft and the reader may edit it. */
type Editing = { versionId: string } | undefined;
const edges = (list: { id: string }[], id: string) => ({
  isFirst: list[0]?.id === id,
  isLast: list.at(-1)?.id === id,
});

const statusTone = { adopted: "success", deferred: "warning", dropped: "danger" } as const;

function RecommendationItem({
  recommendation,
  rollUp,
  editing,
  siblings,
}: {
  recommendation: Recommendation;
  rollUp?: MeasureRollUp;
  editing: Editing;
  siblings: Recommendation[];
}) {
  const { t } = useTranslation();
  return (
    <li className="kurs-recommendation" data-testid="recommendation">
      <span className="kern-body" lang={sourceLanguage}>
        {recommendation.title}
      </span>
      <span className="kurs-badges">
        <Badge
          tone={statusTone[recommendation.status]}
          label={t(`concept.recommendationStatus.${recommendation.status}`)}
        />
        {recommendation.isExample ? <ExampleBadge /> : null}
      </span>
      <RollUpSummary
        entry={rollUp?.recommendations.find((r) => r.id === recommendation.id)}
        filter={`recommendation=${recommendation.id}`}
      />
      {recommendation.description ? (
        <p className="kern-body kern-body--small" lang={sourceLanguage}>
          {recommendation.description}
        </p>
      ) : null}
      {editing ? (
        <DraftItemControls
          item={{
            versionId: editing.versionId,
            kind: "recommendation",
            id: recommendation.id,
            title: recommendation.title,
            text: recommendation.description,
            ...edges(siblings, recommendation.id),
          }}
        />
      ) : null}
    </li>
  );
}

function GoalItem({
  goal,
  fieldPosition,
  rollUp,
  editing,
  siblings,
}: {
  goal: Goal;
  fieldPosition: number;
  rollUp?: MeasureRollUp;
  editing: Editing;
  siblings: Goal[];
}) {
  const { t } = useTranslation();
  return (
    <li className="kurs-goal" data-testid="goal">
      <p className="kern-preline">
        {t("concept.goal", { field: fieldPosition, position: goal.position })}
      </p>
      <h4 className="kern-heading-small kurs-goal__title">
        <span lang={sourceLanguage}>{goal.title}</span>
        {goal.isExample ? <ExampleBadge /> : null}
      </h4>
      {goal.description ? (
        <p className="kern-body" lang={sourceLanguage}>
          {goal.description}
        </p>
      ) : null}
      <RollUpSummary
        entry={rollUp?.goals.find((g) => g.id === goal.id)}
        filter={`goal=${goal.id}`}
      />
      {editing ? (
        <DraftItemControls
          item={{
            versionId: editing.versionId,
            kind: "goal",
            id: goal.id,
            title: goal.title,
            text: goal.description,
            ...edges(siblings, goal.id),
          }}
        />
      ) : null}
      <p className="kern-body kern-body--bold">{t("concept.recommendationsTitle")}</p>
      {goal.recommendations.length === 0 ? (
        <Empty>{t("concept.noRecommendations")}</Empty>
      ) : (
        <ul className="kurs-recommendations">
          {goal.recommendations.map((r) => (
            <RecommendationItem
              key={r.id}
              recommendation={r}
              rollUp={rollUp}
              editing={editing}
              siblings={goal.recommendations}
            />
          ))}
        </ul>
      )}
      {editing ? (
        <AddItemForm versionId={editing.versionId} kind="recommendation" parentId={goal.id} />
      ) : null}
    </li>
  );
}

/** One Handlungsfeld with its goals and their recommendations. */
export function ActionFieldBlock({
  field,
  rollUp,
  editing,
  siblings = [],
  timeline,
}: {
  field: ActionField;
  rollUp?: MeasureRollUp;
  editing?: Editing;
  siblings?: ActionField[];
  timeline?: ConceptTimeline;
}) {
  const { t } = useTranslation();
  const headingId = `field-${field.id}`;
  return (
    <section className="kurs-field-block" aria-labelledby={headingId} data-testid="concept-field">
      <p className="kern-preline">{t("concept.field", { position: field.position })}</p>
      <h3 id={headingId} className="kern-heading-medium kurs-goal__title">
        <span lang={sourceLanguage}>{field.title}</span>
        {field.isExample ? <ExampleBadge /> : null}
      </h3>
      {field.guidingGoal ? (
        <p className="kern-body">
          <span className="kern-body--bold">{t("concept.guidingGoal")}: </span>
          <SourceText>{field.guidingGoal}</SourceText>
        </p>
      ) : null}
      <RollUpSummary
        entry={rollUp?.fields.find((f) => f.id === field.id)}
        filter={`field=${field.id}`}
      />
      {editing ? (
        <DraftItemControls
          item={{
            versionId: editing.versionId,
            kind: "actionField",
            id: field.id,
            title: field.title,
            text: field.guidingGoal,
            ...edges(siblings, field.id),
          }}
        />
      ) : null}
      {field.goals.length === 0 ? (
        <Empty>{t("concept.noGoals")}</Empty>
      ) : (
        <ol className="kurs-goals" aria-label={t("concept.goalsTitle")}>
          {field.goals.map((goal) => (
            <GoalItem
              key={goal.id}
              goal={goal}
              fieldPosition={field.position}
              rollUp={rollUp}
              editing={editing}
              siblings={field.goals}
            />
          ))}
        </ol>
      )}
      {editing ? (
        <AddItemForm versionId={editing.versionId} kind="goal" parentId={field.id} />
      ) : null}
      {timeline ? (
        <details className="kurs-field-timeline" data-testid="field-timeline">
          <summary className="kern-body kern-body--bold">
            {t("concept.timeline.fieldTitle")}
          </summary>
          <TimelineList timeline={timeline} lineageId={field.lineageId} />
        </details>
      ) : null}
    </section>
  );
}
