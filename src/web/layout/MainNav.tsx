import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useMe } from "../auth/session";
import { sections } from "./navigation";

/** Main navigation; NavLink sets aria-current="page" on the active section. Signed-in people also get Meine Aufgaben, admins Konten and Prüfprotokoll. */
export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const isAdmin = me.data?.user.role === "admin";
  const signedIn = Boolean(me.data?.user);
  return (
    <nav className="kurs-nav" aria-label={t("nav.label")}>
      <ul className="kern-container kurs-nav__list">
        {sections.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path} end={section.path === "/"} className="kurs-nav__link">
              {t(`nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
        {signedIn ? (
          <li>
            <NavLink to="/aufgaben" className="kurs-nav__link">
              {t("nav.myTasks")}
            </NavLink>
          </li>
        ) : null}
        {signedIn ? (
          <li>
            <NavLink to="/zuwendungen" className="kurs-nav__link">
              {t("nav.grants")}
            </NavLink>
          </li>
        ) : null}
        {isAdmin ? (
          <>
            <li>
              <NavLink to="/konten" className="kurs-nav__link">
                {t("nav.users")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/protokoll" className="kurs-nav__link">
                {t("nav.audit")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/landkreis" end className="kurs-nav__link">
                {t("nav.county")}
              </NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
