import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { may } from "../../contract/permissions";
import { RequireSignIn } from "../auth/RequireSignIn";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";

export const programmesPath = "/zuwendungen/programme";
export const programmeEditPath = (id: string) => `${programmesPath}/${id}/bearbeiten`;
export const programmeLinksPath = (id: string) => `${programmesPath}/${id}/antragslinks`;

/**
 * Grant programmes and their links are the office's business (grants.decide: admin and
 * coordinator): signed out → sign-in, other roles see a plain notice.
 */
export function ProgrammeOffice({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        may(me.user.role, "grants.decide") ? (
          children
        ) : (
          <Page title={title}>
            <Alert tone="info" title={t("grantProgrammes.officeOnly")}>
              <p className="kern-body">
                <Link className="kern-link" to="/zuwendungen">
                  {t("grantProgrammes.backToGrants")}
                </Link>
              </p>
            </Alert>
          </Page>
        )
      }
    </RequireSignIn>
  );
}

/**
 * The address an organisation opens to apply without an account: the link holder's page
 * (route zuwendungen/antrag/:token in App.tsx).
 */
export function applicationLinkUrl(token: string): string {
  return `${window.location.origin}/zuwendungen/antrag/${token}`;
}
