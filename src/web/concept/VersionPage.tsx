import "./concept.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { conceptRoutes as api } from "../../contract/routes/concept";
import { useConcept, useRouteQuery } from "../api/queries";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { DataPaperDraft } from "../council/DataPaperDraft";
import { VersionDetails } from "./VersionDetails";
import { VersionDiff } from "./VersionDiff";

/** One version with its changes against the previous one; drafts are edited here. */
export function VersionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const version = useRouteQuery(api.getConceptVersion, { params: { versionId: id } });
  const diff = useRouteQuery(api.getConceptVersionDiff, { params: { versionId: id } });
  const mayEdit = useConcept().data?.mayEdit ?? false;
  return (
    <Page title={t("concept.versionPage.title")} lead={t("concept.versionPage.intro")}>
      <p className="kern-body">
        <Link to="/konzept" className="kern-link">
          {t("concept.versionPage.back")}
        </Link>
      </p>
      <QueryState query={diff}>{(data) => <VersionDiff diff={data} />}</QueryState>
      <QueryState query={version}>
        {(data) => <VersionDetails version={data} editable={mayEdit} />}
      </QueryState>
      {version.data?.status === "draft" ? (
        <DataPaperDraft source="conceptDraft" sourceId={id} />
      ) : null}
    </Page>
  );
}
