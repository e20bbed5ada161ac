import { useTranslation } from "react-i18next";
import type { ConceptChange, ConceptDiff } from "../../contract/concept-diff";
import { Empty } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";

function ChangeText({ change, diff }: { change: ConceptChange; diff: ConceptDiff }) {
  const { t } = useTranslation();
  const kind = t(`concept.diff.kinds.${change.kind}`);
  const parent = (lineage: string | null) => (lineage ? (diff.parentTitles[lineage] ?? "–") : "–");
  switch (change.type) {
    case "added":
    case "removed":
      return (
        <>
          {t(`concept.diff.${change.type}`, { kind })} <q lang={sourceLanguage}>{change.title}</q>
          {change.parentLineageId ? (
            <>
              {" "}
              {t("concept.diff.under")}{" "}
              <q lang={sourceLanguage}>{parent(change.parentLineageId)}</q>
            </>
          ) : null}
          {change.type === "removed" && change.relinkedToLineageId ? (
            <>
              {" "}
              {t("concept.diff.relinkedTo")}{" "}
              <q lang={sourceLanguage}>{parent(change.relinkedToLineageId)}</q>
            </>
          ) : null}
        </>
      );
    case "renamed":
      return (
        <>
          {t("concept.diff.renamed", { kind })} <q lang={sourceLanguage}>{change.previousTitle}</q>{" "}
          {t("concept.diff.to")} <q lang={sourceLanguage}>{change.title}</q>
        </>
      );
    case "described":
      return (
        <>
          {t(
            change.kind === "actionField" ? "concept.diff.guidingGoal" : "concept.diff.described",
            {
              kind,
            },
          )}{" "}
          <q lang={sourceLanguage}>{change.title}</q>
        </>
      );
    case "moved":
      return (
        <>
          {t("concept.diff.moved", { kind })} <q lang={sourceLanguage}>{change.title}</q>{" "}
          {change.previousParentLineageId !== change.parentLineageId ? (
            <>
              {t("concept.diff.toParent")}{" "}
              <q lang={sourceLanguage}>{parent(change.parentLineageId)}</q>
            </>
          ) : (
            t("concept.diff.position", { from: change.previousPosition, to: change.position })
          )}
        </>
      );
  }
}

/** What changed against the previous version, in plain sentences. */
export function VersionDiff({ diff }: { diff: ConceptDiff }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="diff-title" data-testid="concept-diff">
      <h2 id="diff-title" className="kern-heading-large">
        {t("concept.diff.title")}
      </h2>
      <p className="kern-body">
        {diff.previous
          ? t("concept.diff.against", { number: diff.previous.number, title: diff.previous.title })
          : t("concept.diff.first")}
      </p>
      {diff.changes.length === 0 ? (
        <Empty>{t("concept.diff.none")}</Empty>
      ) : (
        <ul className="kern-list" data-testid="concept-changes">
          {diff.changes.map((change) => (
            <li key={`${change.type}-${change.lineageId}`} className="kern-body">
              <ChangeText change={change} diff={diff} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
