import { useTranslation } from "react-i18next";
import { CopyButton } from "../auth/form/CopyButton";
import { ErrorNotice } from "../components/QueryState";
import { formatTimestamp } from "../i18n/format";
import { useFormat } from "../i18n/useFormat";
import { useIssueReset } from "./usersApi";

/** Issues a one-time reset link and shows it with its expiry and a copy button. */
export function ResetLinkSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const issue = useIssueReset();
  const expires = (iso: string) => formatTimestamp(iso, language, "minutes");
  return (
    <div className="kurs-section" data-testid="reset-link">
      <h3 className="kern-heading-medium">{t("users.resetTitle")}</h3>
      <p className="kern-body">{t("users.resetText")}</p>
      <div className="kern-btn-wrapper">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={issue.isPending}
          onClick={() => issue.mutate(userId)}
        >
          <span className="kern-label">{t("users.issueReset")}</span>
        </button>
      </div>
      {issue.isError ? <ErrorNotice error={issue.error} /> : null}
      {issue.data ? (
        <div className="kurs-reset-link" role="status">
          <p className="kern-body kern-body--bold">{t("users.resetUrl")}</p>
          <p className="kern-body kurs-reset-link__url">
            <code data-testid="reset-link-url">{issue.data.url}</code>
          </p>
          <p className="kern-body">
            {t("users.resetExpires", { date: expires(issue.data.expiresAt) })}
          </p>
          <div>
            <CopyButton text={issue.data.url} label={t("users.copy")} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
