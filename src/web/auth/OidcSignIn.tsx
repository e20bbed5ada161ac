import { useTranslation } from "react-i18next";
import { authRoutes as api } from "../../contract/routes/auth";
import { apiAddress } from "../api/call";
import { useOidcStatus } from "./session";

/**
 * "Mit Landkreis-Konto anmelden": a plain link to the server, which sends the browser on to the
 * county's identity provider (GET /api/v1/auth/oidc/login). Nothing when OIDC is not set up.
 */
export function OidcSignIn({ next }: { next: string }) {
  const { t } = useTranslation();
  const status = useOidcStatus();
  if (!status.data?.enabled) return null;
  const href = apiAddress(api.startOidcSignIn, { query: { next } });
  return (
    <section className="kurs-section" aria-labelledby="oidc-title" data-testid="oidc-sign-in">
      <h2 id="oidc-title" className="kern-heading-medium">
        {t("login.oidcTitle")}
      </h2>
      <p className="kern-body">{t("login.oidcLead")}</p>
      <div className="kern-btn-wrapper">
        <a className="kern-btn kern-btn--primary" href={href}>
          <span className="kern-label">{t("login.oidcButton")}</span>
        </a>
      </div>
      {status.data.localLogin ? (
        <h2 className="kern-heading-medium">{t("login.localTitle")}</h2>
      ) : null}
    </section>
  );
}
