import "./concept.css";
import { useTranslation } from "react-i18next";
import { useConcept } from "../api/queries";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { DraftsSection } from "./DraftsSection";
import { VersionDetails } from "./VersionDetails";
import { VersionTable } from "./VersionTable";

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
            {data.mayEdit ? <DraftsSection concept={data} /> : null}
            <VersionTable versions={data.versions} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
