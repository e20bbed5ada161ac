import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RequireSignIn } from "../auth/RequireSignIn";
import { AdminQueryState } from "../components/AdminQueryState";
import { Page } from "../components/Page";
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
  return (
    <AdminQueryState query={settings}>
      {(settingsData) => (
        <div className="kurs-stack">
          <CountySettingsForm key={JSON.stringify(settingsData)} current={settingsData} />
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
      )}
    </AdminQueryState>
  );
}
