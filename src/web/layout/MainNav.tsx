import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { sections } from "./navigation";

/** Main navigation; NavLink sets aria-current="page" on the active section. */
export function MainNav() {
  const { t } = useTranslation();
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
      </ul>
    </nav>
  );
}
