import "./concept.css";
import { useTranslation } from "react-i18next";
import type { ConceptVersion } from "../../contract/concept";
import { useRollUp } from "../api/measures";
import { useConcept } from "../api/queries";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";
import { ActionFieldBlock } from "./ActionFieldTree";
import { containsExamples } from "./examples";
import { VersionTable } from "./VersionTable";

function VersionDetails({ version }: { version: ConceptVersion }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const rollUp = useRollUp().data;
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
          <ActionFieldBlock key={field.id} field={field} rollUp={rollUp} />
        ))}
      </div>
    </section>
  );
}

export function ConceptPage() {
  const { t } = useTranslation();
  const concept = useConcept();
  return (
    <Page title={t("concept.title")} lead={t("concept.intro")}>
      <QueryState query={concept}>
        {(data) => (
          <>
            {data.current ? (
              <VersionDetails version={data.current} />
            ) : (
              <Empty>{t("concept.empty")}</Empty>
            )}
            <VersionTable versions={data.versions} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
