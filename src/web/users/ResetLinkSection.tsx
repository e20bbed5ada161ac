import { useTranslation } from "react-i18next";
import { CopyButton } from "../auth/form/CopyButton";
import { TextField } from "../auth/form/fields";
import { ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { useIssueReset } from "./usersApi";

/** Issues a one-time reset link and shows it with its expiry and a copy button. */
export function ResetLinkSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const issue = useIssueReset();
  const expires = (iso: string) =>
    new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(iso));
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
          <TextField
            id="reset-link-url"
            label={t("users.resetUrl")}
            hint={t("users.resetExpires", { date: expires(issue.data.expiresAt) })}
            readOnly
            value={issue.data.url}
            onFocus={(e) => e.target.select()}
          />
          <CopyButton text={issue.data.url} label={t("users.copy")} />
        </div>
      ) : null}
    </div>
  );
}
