import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../components/Page";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("state.notFoundTitle")} lead={t("state.notFoundText")}>
      <p className="kern-body">
        <Link className="kern-link" to="/">
          {t("state.backHome")}
        </Link>
      </p>
    </Page>
  );
}
