import { useTranslation } from "react-i18next";
import type { LegalTopic } from "../../contract/legal";
import { legalRoutes } from "../../contract/routes/legal";
import { useRouteQuery } from "../api/queries";
import { useMe } from "../auth/session";
import { Alert } from "../components/Alert";
import { MultilineText } from "../components/MultilineText";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { LegalEditSection, publicPath } from "./LegalEditForm";

/**
 * Impressum, Datenschutz, Barrierefreiheit: the admin's text (also on /oeffentlich), or a clearly
 * marked placeholder until the admin has written one. Admins edit it here.
 */
export function LegalPage({ topic }: { topic: LegalTopic }) {
  const { t } = useTranslation();
  const { i18n } = useTranslation();
  const reader = i18n.resolvedLanguage === "en" ? "en" : "de";
  const text = useRouteQuery(legalRoutes.getLegalText, {
    params: { topic },
    query: { language: reader },
  });
  const me = useMe();
  const isAdmin = me.data?.user.role === "admin";
  return (
    <Page title={t(`legal.${topic}.title`)}>
      <QueryState query={text}>
        {(legal) => (
          <>
            {legal.body ? (
              <>
                {legal.inGerman ? <p className="kern-body">{t("legal.germanOnly")}</p> : null}
                <div lang={legal.inGerman ? "de" : legal.language}>
                  <MultilineText text={legal.body} />
                </div>
                {legal.contact ? (
                  <p className="kern-body">
                    {t("legalEdit.contact")}: {legal.contact}
                  </p>
                ) : null}
                <p className="kern-body">
                  <a className="kern-link" href={publicPath(topic)}>
                    {t("legalEdit.publicLink")}
                  </a>
                </p>
              </>
            ) : (
              <>
                <Alert tone="warning" title={t("legal.adminNoticeTitle")}>
                  <p className="kern-body">{t("legal.adminNotice")}</p>
                </Alert>
                <p className="kern-body kurs-legal-text">{t(`legal.${topic}.text`)}</p>
              </>
            )}
            {isAdmin ? <LegalEditSection topic={topic} /> : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
