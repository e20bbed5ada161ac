import "./secret-link.css";
import { useState } from "react";
import { formatDate } from "../i18n/format";
import { useLanguage } from "../i18n/useFormat";
import { Alert } from "./Alert";
import { Badge } from "./Badge";

/**
 * Links with a secret in their address that an organisation opens without an account
 * (Erfassungslinks of indicators, Antragslinks of grant programmes): shown once after creating,
 * listed with their state, revoked with a confirmation. The texts come from the page's own area.
 */

/** What a link's list entry carries. */
interface SecretLinkRow {
  revokedAt: string | null;
  expiresAt: string;
}

export type SecretLinkState = "revoked" | "expired" | "active";

export function secretLinkState(link: SecretLinkRow): SecretLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.slice(0, 10) < new Date().toISOString().slice(0, 10)) return "expired";
  return "active";
}

export function SecretLinkBadge({ state, label }: { state: SecretLinkState; label: string }) {
  return <Badge tone={state === "active" ? "success" : "warning"} label={label} />;
}

/** The expiry is the last day (stored as its end in UTC): the calendar day; "–" for none. */
export function useLinkDay(): (iso: string | null) => string {
  const language = useLanguage();
  return (iso) => (iso ? formatDate(iso.slice(0, 10), language) : "–");
}

/** The new link, shown once (only its hash is stored), with a button that copies it. */
export function CreatedLinkNotice({
  url,
  texts,
}: {
  url: string;
  texts: { title: string; once: string; address: string; copy: string; copied: string };
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="kurs-created-link">
      <Alert tone="success" title={texts.title} role="status">
        <p className="kern-body">{texts.once}</p>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="created-link-url">
            {texts.address}
          </label>
          <input
            id="created-link-url"
            className="kern-form-input__input kurs-link-url"
            readOnly
            value={url}
            data-testid="created-link-url"
            onFocus={(e) => e.target.select()}
          />
        </div>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          <span className="kern-label">{texts.copy}</span>
        </button>
        {copied ? (
          <p className="kern-body" role="status">
            {texts.copied}
          </p>
        ) : null}
      </Alert>
    </div>
  );
}

/** Revokes a link after the person confirms; the organisation's name completes the label. */
export function RevokeLinkButton({
  label,
  partnerName,
  confirm,
  disabled,
  onRevoke,
}: {
  label: string;
  partnerName: string;
  confirm: string;
  disabled: boolean;
  onRevoke: () => void;
}) {
  return (
    <button
      type="button"
      className="kern-btn kern-btn--tertiary"
      disabled={disabled}
      onClick={() => {
        if (window.confirm(confirm)) onRevoke();
      }}
    >
      <span className="kern-label">
        {label}
        <span className="kern-sr-only">: {partnerName}</span>
      </span>
    </button>
  );
}
