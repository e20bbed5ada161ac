import "./concept.css";
import { useTranslation } from "react-i18next";
import { conceptRoutes as api } from "../../contract/routes/concept";
import { useConcept, useRouteQuery } from "../api/queries";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { ConceptImportSection } from "./ConceptImport";
import { DraftsSection } from "./DraftsSection";
import { TimelineList } from "./TimelineList";
import { VersionDetails } from "./VersionDetails";
import { VersionTable } from "./VersionTable";

export function ConceptPage() {
  const { t } = useTranslation();
  const concept = useConcept();
  const timeline = useRouteQuery(api.getConceptTimeline, {});
  return (
    <Page title={t("concept.title")} lead={t("concept.intro")}>
      <QueryState query={concept}>
        {(data) => (
          <>
            {data.current ? (
              <VersionDetails version={data.current} timeline={timeline.data} />
            ) : (
              <Empty>{t("concept.empty")}</Empty>
            )}
            <section
              className="kurs-section"
              aria-labelledby="timeline-title"
              data-testid="concept-timeline"
            >
              <h2 id="timeline-title" className="kern-heading-large">
                {t("concept.timeline.title")}
              </h2>
              <p className="kern-body">{t("concept.timeline.intro")}</p>
              <QueryState query={timeline}>{(data) => <TimelineList timeline={data} />}</QueryState>
            </section>
            {data.mayEdit ? <DraftsSection concept={data} /> : null}
            {data.mayEdit ? <ConceptImportSection /> : null}
            <VersionTable versions={data.versions} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
