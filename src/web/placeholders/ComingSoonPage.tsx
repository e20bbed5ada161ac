import { useTranslation } from "react-i18next";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";

export type ComingSoonSection = "measures" | "budget" | "indicators" | "committees" | "reports";

/** A section that is not built yet says what will come there. */
export function ComingSoonPage({ section }: { section: ComingSoonSection }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${section}`)}>
      <div data-testid="coming-soon">
        <Alert tone="info" title={t("placeholder.lead", { what: t(`placeholder.${section}`) })} />
      </div>
    </Page>
  );
}
