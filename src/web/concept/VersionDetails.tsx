import { useTranslation } from "react-i18next";
import type { ConceptVersion } from "../../contract/concept";
import type { ConceptTimeline } from "../../contract/concept-timeline";
import { useRollUp } from "../api/measures";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";
import { ActionFieldBlock } from "./ActionFieldTree";
import { AddItemForm } from "./DraftStructure";
import { containsExamples } from "./examples";

/** One concept version: title, adoption, the tree; with edit controls on a draft for editors. */
export function VersionDetails({
  version,
  editable = false,
  timeline,
}: {
  version: ConceptVersion;
  editable?: boolean;
  /** Given on the adopted version: each field shows the resolutions that reach it. */
  timeline?: ConceptTimeline;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const editing = editable && version.status === "draft" ? { versionId: version.id } : undefined;
  // Measures serve recommendations of the adopted version: their roll-up shows only there.
  const allRollUps = useRollUp().data;
  const rollUp = version.status === "adopted" ? allRollUps : undefined;
  return (
    <section className="kurs-section" aria-labelledby="version-title" data-testid="concept-version">
      <p className="kern-preline">{t("concept.version", { number: version.number })}</p>
      <h2 id="version-title" className="kern-heading-large">
        <SourceText>{version.title}</SourceText>
      </h2>
      {version.status === "draft" ? (
        <Alert tone="warning" title={t("concept.draftBanner")} headingLevel={3} />
      ) : null}
      <Facts>
        <Fact label={t("concept.adoptedOn")}>
          {version.adoptedOn ? date(version.adoptedOn) : t("concept.notAdopted")}
        </Fact>
        <Fact label={t("concept.adoptedBy")}>
          {version.adoptedBy ? (
            <SourceText>{version.adoptedBy.committee}</SourceText>
          ) : (
            t("concept.notAdopted")
          )}
        </Fact>
      </Facts>
      {containsExamples(version) ? (
        <Alert tone="info" title={t("example.noticeTitle")} headingLevel={3}>
          <p className="kern-body">{t("example.notice")}</p>
        </Alert>
      ) : null}
      <div className="kurs-fields">
        {version.actionFields.map((field) => (
          <ActionFieldBlock
            key={field.id}
            field={field}
            rollUp={rollUp}
            editing={editing}
            siblings={version.actionFields}
            timeline={timeline}
          />
        ))}
      </div>
      {editing ? <AddItemForm versionId={editing.versionId} kind="actionField" /> : null}
    </section>
  );
}
