import "../auth/auth.css";
import { useTranslation } from "react-i18next";
import type { Me } from "../../contract/auth";
import { may } from "../../contract/permissions";
import { RequireSignIn } from "../auth/RequireSignIn";
import { roleLabel } from "../auth/roleLabel";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { AccessTokensSection } from "./AccessTokensSection";
import { CalendarFeedSection } from "./CalendarFeedSection";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { SecondFactorSection } from "./SecondFactorSection";
import { VerifySecondFactor } from "./VerifySecondFactor";

/** /konto: the signed-in person's own account. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("account.title")} lead={t("account.lead")}>
      <RequireSignIn>{(me) => <AccountSections me={me} />}</RequireSignIn>
    </Page>
  );
}

function AccountSections({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { user } = me;
  const adminWithoutSecondFactor = user.role === "admin" && !me.mfaVerified;
  return (
    <div className="kurs-stack">
      {adminWithoutSecondFactor ? (
        <div data-testid="admin-needs-totp">
          <Alert tone="warning" title={t("account.adminNeedsTotpTitle")}>
            <p className="kern-body">
              {user.totpEnabled ? t("account.adminNeedsVerify") : t("account.adminNeedsTotp")}
            </p>
            {user.totpEnabled ? <VerifySecondFactor /> : null}
          </Alert>
        </div>
      ) : null}
      <section className="kurs-section" aria-labelledby="account-details-title">
        <h2 id="account-details-title" className="kern-heading-large">
          {t("account.details")}
        </h2>
        <Facts>
          <Fact label={t("account.email")}>{user.email}</Fact>
          <Fact label={t("account.name")}>{user.displayName ?? t("account.noName")}</Fact>
          <Fact label={t("account.role")}>{roleLabel(t, user.role)}</Fact>
          <Fact label={t("account.secondFactor")}>
            {user.totpEnabled ? t("account.totpActive") : t("account.totpInactive")}
          </Fact>
        </Facts>
      </section>
      <SecondFactorSection totpEnabled={user.totpEnabled} />
      {user.hasPassword ? (
        <ChangePasswordForm email={user.email} />
      ) : (
        <section className="kurs-section" aria-labelledby="change-password-title">
          <h2 id="change-password-title" className="kern-heading-large">
            {t("account.password.title")}
          </h2>
          <p className="kern-body">{t("account.password.viaProvider")}</p>
        </section>
      )}
      <AccessTokensSection />
      {may(user.role, "calendar.feed") ? <CalendarFeedSection /> : null}
    </div>
  );
}
