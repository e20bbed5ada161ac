import { useTranslation } from "react-i18next";
import type { ConceptTimeline } from "../../contract/concept-timeline";
import { Empty } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { CorrectionNotes } from "../council/CorrectionNotes";
import { EffectText } from "../council/EffectText";
import { PaperLink } from "../council/PaperLink";
import { useFormat } from "../i18n/useFormat";

type Entry = ConceptTimeline["entries"][number];
type Names = ConceptTimeline["names"];

function TimelineItem({ entry, names }: { entry: Entry; names: Names }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const r = entry.resolution;
  return (
    <li className="kurs-timeline__item" data-testid="timeline-entry">
      <p className="kern-body kern-body--bold">
        {date(r.decidedOn)} · <span lang={sourceLanguage}>{r.committee.name}</span> ·{" "}
        {t(`council.outcomes.${r.outcome}`)}
      </p>
      {r.paper ? (
        <p className="kern-body">
          {t("concept.timeline.paper")} <PaperLink paper={r.paper} />
        </p>
      ) : null}
      {r.meeting ? (
        <p className="kern-body">
          {t("concept.timeline.meeting")} <span lang={sourceLanguage}>{r.meeting.name}</span> (
          {date(r.meeting.meetingDate)})
        </p>
      ) : null}
      {r.effects.length ? (
        <ul className="kern-list">
          {r.effects.map((effect, i) => (
            // Effects have no id; their order within a resolution never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: immutable list
            <li key={i} className="kern-body">
              <EffectText effect={effect} names={names} />
            </li>
          ))}
        </ul>
      ) : null}
      <CorrectionNotes resolution={r} />
    </li>
  );
}

/** Resolutions in the order they were decided, each with committee, paper, meeting and effects. */
export function TimelineList({
  timeline,
  lineageId,
}: {
  timeline: ConceptTimeline;
  lineageId?: string;
}) {
  const { t } = useTranslation();
  const entries = lineageId
    ? timeline.entries.filter((e) =>
        e.reach.some((reach) => reach === "all" || reach.includes(lineageId)),
      )
    : timeline.entries;
  if (!entries.length) return <Empty>{t("concept.timeline.none")}</Empty>;
  return (
    <ol className="kurs-timeline">
      {entries.map((entry) => (
        <TimelineItem key={entry.resolution.id} entry={entry} names={timeline.names} />
      ))}
    </ol>
  );
}
