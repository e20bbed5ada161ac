import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemCode } from "../api/client";
import { RequireSignIn } from "../auth/RequireSignIn";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";
import { ErrorNotice, Loading } from "../components/QueryState";
import { PaperDeadlineSection } from "../deadlines/PaperDeadlineForm";
import { CountySettingsForm } from "./CountySettingsForm";
import { useCountySettings } from "./countyApi";
import { PlatformCounties } from "./NewCountyForm";

/** /landkreis: the county's settings (admins with second factor); platform admins add counties. */
export function CountySettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("county.title")} lead={t("county.lead")}>
      <RequireSignIn>{() => <CountySettingsSection />}</RequireSignIn>
    </Page>
  );
}

function CountySettingsSection() {
  const { t } = useTranslation();
  const settings = useCountySettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) {
    if (problemCode(settings.error) === "auth.secondFactorNeeded")
      return (
        <Alert tone="warning" title={t("users.secondFactorTitle")}>
          <p className="kern-body">
            <Link className="kern-link" to="/konto">
              {t("users.toAccount")}
            </Link>
          </p>
        </Alert>
      );
    return <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return (
    <div className="kurs-stack">
      <CountySettingsForm key={JSON.stringify(settings.data)} current={settings.data} />
      <PaperDeadlineSection />
      <p className="kern-body">
        <Link className="kern-link" to="/landkreis/kommunen">
          {t("county.toMunicipalities")}
        </Link>
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/landkreis/oparl">
          {t("county.toOParl")}
        </Link>
      </p>
      <PlatformCounties />
    </div>
  );
}
