import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenant } from "../api/queries";
import { SignInArea } from "../auth/SignInArea";
import { LanguageSwitch } from "./LanguageSwitch";
import { MainNav } from "./MainNav";

export function Header() {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <header className="kurs-header">
      <div className="kern-container kurs-header__bar">
        <Link to="/" className="kurs-brand">
          <span className="kurs-brand__county">{tenant.data?.name ?? t("app.name")}</span>
          <span className="kurs-brand__app">
            {t("app.name")} – {t("app.tagline")}
          </span>
        </Link>
        <div className="kurs-header__tools">
          <SignInArea />
          <LanguageSwitch />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
