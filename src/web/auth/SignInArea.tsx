import "./auth.css";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { loginPathFrom } from "./nextPath";
import { roleLabel } from "./roleLabel";
import { useLogout, useMe } from "./session";

/** Header: "Anmelden" when signed out; name, role, "Konto" and "Abmelden" when signed in. */
export function SignInArea() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const { pathname, search } = useLocation();
  if (me.isPending) return null;
  const account = me.data;
  if (!account) {
    return (
      <nav className="kurs-session" aria-label={t("session.label")}>
        <Link className="kern-link" to={loginPathFrom(pathname, search)}>
          <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
          {t("session.signIn")}
        </Link>
      </nav>
    );
  }
  const { user } = account;
  return (
    <nav className="kurs-session" aria-label={t("session.label")}>
      <p className="kurs-session__who">
        <span className="kurs-session__name">
          <span className="kern-sr-only">{t("session.signedInAs")} </span>
          {user.displayName ?? user.email}
        </span>
        <span className="kurs-session__role">
          <span className="kern-sr-only">{t("session.role")}: </span>
          {roleLabel(t, user.role)}
        </span>
      </p>
      <Link className="kern-link" to="/konto">
        {t("session.account")}
      </Link>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kurs-session__sign-out"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        <span className="kern-icon kern-icon--logout" aria-hidden="true" />
        <span className="kern-label">{t("session.signOut")}</span>
      </button>
    </nav>
  );
}
