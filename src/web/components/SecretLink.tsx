import "./secret-link.css";
import type { UseMutationResult } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../i18n/format";
import { useLanguage } from "../i18n/useFormat";
import { Alert } from "./Alert";
import { Badge } from "./Badge";
import { Empty, ErrorNotice } from "./QueryState";
import { TableScroll } from "./TableScroll";

/**
 * Links with a secret in their address that an organisation opens without an account
 * (Erfassungslinks of indicators, Antragslinks of grant programmes): shown once after creating,
 * listed with their state, revoked after a confirmation. The texts stand in the page's own i18n
 * area under the same keys: created, createdOnce, address, copy, copied, none, state,
 * stateName.*, actions, revoke, revokeConfirm.
 */
export type SecretLinkTexts = "indicators.links" | "grantProgrammes.links";

/** What a listed link carries. */
interface SecretLinkRow {
  id: string;
  partnerName: string;
  note: string | null;
  revokedAt: string | null;
  expiresAt: string;
}

export function secretLinkState(link: Pick<SecretLinkRow, "revokedAt" | "expiresAt">) {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.slice(0, 10) < new Date().toISOString().slice(0, 10)) return "expired";
  return "active";
}

/** The expiry is the last day (stored as its end in UTC): the calendar day; "–" for none. */
export function useLinkDay(): (iso: string | null) => string {
  const language = useLanguage();
  return (iso) => (iso ? formatDate(iso.slice(0, 10), language) : "–");
}

/** The new link, shown once (only its hash is stored), with a button that copies it. */
export function CreatedLinkNotice({
  url,
  partnerName,
  texts,
}: {
  url: string;
  partnerName: string;
  texts: SecretLinkTexts;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="kurs-created-link">
      <Alert tone="success" title={t(`${texts}.created`)} role="status">
        <p className="kern-body">{t(`${texts}.createdOnce`, { partner: partnerName })}</p>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="created-link-url">
            {t(`${texts}.address`)}
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
          <span className="kern-label">{t(`${texts}.copy`)}</span>
        </button>
        {copied ? (
          <p className="kern-body" role="status">
            {t(`${texts}.copied`)}
          </p>
        ) : null}
      </Alert>
    </div>
  );
}

/**
 * The links as a table: the organisation (with its note), the page's own columns (`headers` and
 * `cells`), the state, and for a valid link a button that revokes it after a confirmation.
 */
export function SecretLinkTable<L extends SecretLinkRow>({
  texts,
  testId,
  label,
  headers,
  cells,
  items,
  revoke,
}: {
  texts: SecretLinkTexts;
  testId: string;
  label?: string;
  headers: string[];
  cells: (link: L) => ReactNode;
  items: L[];
  revoke: UseMutationResult<unknown, Error, string>;
}) {
  const { t } = useTranslation();
  if (!items.length) return <Empty>{t(`${texts}.none`)}</Empty>;
  return (
    <>
      {revoke.isError ? <ErrorNotice error={revoke.error} /> : null}
      <TableScroll label={label}>
        <table className="kern-table kern-table--striped" data-testid={testId}>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {[t(`${texts}.partner`), ...headers, t(`${texts}.state`)].map((h) => (
                <th className="kern-table__header" scope="col" key={h}>
                  {h}
                </th>
              ))}
              <th className="kern-table__header" scope="col">
                <span className="kern-sr-only">{t(`${texts}.actions`)}</span>
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {items.map((l) => {
              const state = secretLinkState(l);
              return (
                <tr className="kern-table__row" key={l.id}>
                  <td className="kern-table__cell">
                    {l.partnerName}
                    {l.note ? <div className="kern-body kern-body--muted">{l.note}</div> : null}
                  </td>
                  {cells(l)}
                  <td className="kern-table__cell">
                    <Badge
                      tone={state === "active" ? "success" : "warning"}
                      label={t(`${texts}.stateName.${state}`)}
                    />
                  </td>
                  <td className="kern-table__cell">
                    {state === "active" ? (
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary"
                        disabled={revoke.isPending}
                        onClick={() => {
                          if (
                            window.confirm(t(`${texts}.revokeConfirm`, { partner: l.partnerName }))
                          )
                            revoke.mutate(l.id);
                        }}
                      >
                        <span className="kern-label">
                          {t(`${texts}.revoke`)}
                          <span className="kern-sr-only">: {l.partnerName}</span>
                        </span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
