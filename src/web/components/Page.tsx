import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useTenant } from "../api/queries";

/** "Übersicht – Kurs – Landkreis Rotenburg (Wümme)": page, app, county. */
function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const tenant = useTenant();
  const county = tenant.data?.name;
  useEffect(() => {
    const parts = [pageTitle, t("app.name"), county].filter(Boolean);
    document.title = parts.join(t("app.titleSeparator"));
  }, [pageTitle, county, t]);
}

/** One page: its h1 (also the document title) and an optional lead paragraph. */
export function Page({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="kurs-page">
      <div className="kurs-page__head">
        <h1 className="kern-heading-x-large">{title}</h1>
        {lead ? <p className="kern-body kern-body--large">{lead}</p> : null}
      </div>
      {children}
    </div>
  );
}
