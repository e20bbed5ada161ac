import "./council.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTimeline } from "../api/queries";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { ResolutionsTable } from "./ResolutionsTable";

/** Beschlüsse: every resolution of every committee, with what it changed in Kurs. */
export function ResolutionsPage() {
  const { t } = useTranslation();
  const timeline = useTimeline();
  return (
    <Page title={t("council.resolutionsPage.title")} lead={t("council.resolutionsPage.lead")}>
      <p>
        <Link to="/gremien" className="kern-link">
          {t("council.backToList")}
        </Link>
      </p>
      <QueryState query={timeline}>
        {(data) => (
          <ResolutionsTable
            resolutions={data.entries.map((e) => e.resolution)}
            names={data.names}
          />
        )}
      </QueryState>
    </Page>
  );
}
