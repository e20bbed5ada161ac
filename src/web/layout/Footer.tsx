import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenant } from "../api/queries";

export function Footer() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const database = tenant.data?.database;
  return (
    <footer className="kurs-footer">
      <div className="kern-container kurs-footer__inner">
        <nav aria-label={t("footer.label")}>
          <ul className="kurs-footer__links">
            <li>
              <Link className="kern-link" to="/impressum">
                {t("footer.imprint")}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to="/datenschutz">
                {t("footer.privacy")}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to="/barrierefreiheit">
                {t("footer.accessibility")}
              </Link>
            </li>
          </ul>
        </nav>
        {database ? (
          <p className="kern-body kern-body--small kurs-footer__operation">
            <span className="kern-body--bold">{t("footer.operation")}: </span>
            {database === "pglite" ? t("footer.pgliteNotice") : t("footer.postgresNotice")}
          </p>
        ) : null}
        <p className="kern-body kern-body--small">
          {t("app.name")} – {tenant.data?.name ?? t("app.tagline")}
        </p>
      </div>
    </footer>
  );
}
