import { useTranslation } from "react-i18next";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";

export type LegalTopic = "imprint" | "privacy" | "accessibility";

/** Impressum, Datenschutz, Barrierefreiheit: clearly marked placeholders until the admin fills them. */
export function LegalPage({ topic }: { topic: LegalTopic }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`legal.${topic}.title`)}>
      <Alert tone="warning" title={t("legal.adminNoticeTitle")}>
        <p className="kern-body">{t("legal.adminNotice")}</p>
      </Alert>
      <p className="kern-body kurs-legal-text">{t(`legal.${topic}.text`)}</p>
    </Page>
  );
}
