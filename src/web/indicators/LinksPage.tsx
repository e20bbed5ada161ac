import "./indicators.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import type { CreatedLink, IndicatorSummary, Link } from "../../contract/indicators";
import { periodLabel } from "../../domain/indicator";
import {
  useCreateLink,
  useIndicatorLinks,
  useIndicatorOptions,
  useIndicators,
  useRevokeLink,
} from "../api/indicators";
import { Alert } from "../components/Alert";
import { Badge } from "../components/Badge";
import { CheckboxGroup, fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { Page } from "../components/Page";
import { Empty, ErrorNotice, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { formatDate } from "../i18n/format";

/** The address a partner opens without an account. */
function submissionUrl(token: string): string {
  return `${window.location.origin}/kennzahlen/melden/${token}`;
}

/** Erfassungslinks: the office creates, shows (once) and revokes links for partner organisations. */
export function LinksPage() {
  const { t } = useTranslation();
  const links = useIndicatorLinks();
  const indicators = useIndicators();
  const names = new Map((indicators.data?.items ?? []).map((i) => [i.id, i.name]));
  return (
    <Page title={t("indicators.links.title")} lead={t("indicators.links.lead")}>
      <p className="kern-body">
        <RouterLink className="kern-link" to="/kennzahlen">
          {t("indicators.backToCatalogue")}
        </RouterLink>
      </p>
      <QueryState query={indicators}>
        {(data) => (
          <CreateLinkForm indicators={data.items.filter((i) => i.aggregation !== "ratio")} />
        )}
      </QueryState>
      <section aria-labelledby="links-heading">
        <h2 className="kern-heading-medium" id="links-heading">
          {t("indicators.links.existing")}
        </h2>
        <QueryState query={links}>
          {(data) => <LinkTable items={data.items} names={names} />}
        </QueryState>
      </section>
    </Page>
  );
}

function CreateLinkForm({ indicators }: { indicators: IndicatorSummary[] }) {
  const { t } = useTranslation();
  const options = useIndicatorOptions();
  const create = useCreateLink();
  const [partnerId, setPartnerId] = useState("");
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const [periods, setPeriods] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const [note, setNote] = useState("");
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const errors = fieldErrors(create.error);
  return (
    <>
      {created ? (
        <div className="kurs-created-link">
          <CreatedNotice link={created} />
        </div>
      ) : null}
      <form
        className="kurs-form"
        data-testid="link-form"
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(null);
          create.mutate(
            {
              partnerId,
              indicatorIds,
              periods: periods
                .split(/[\s,;]+/)
                .map((p) => p.trim())
                .filter(Boolean),
              expiresOn,
              note: note.trim() || null,
            },
            {
              onSuccess: (link) => {
                setCreated(link);
                setIndicatorIds([]);
                setPeriods("");
                setNote("");
              },
            },
          );
        }}
      >
        <h2 className="kern-heading-medium">{t("indicators.links.create")}</h2>
        {create.isError && !Object.keys(errors).length ? (
          <ErrorNotice error={create.error} />
        ) : null}
        <SelectField
          id="link-partner"
          label={t("indicators.links.partner")}
          value={partnerId}
          onChange={setPartnerId}
          emptyLabel={t("indicators.links.choosePartner")}
          options={(options.data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }))}
          error={errors.partnerId}
        />
        <CheckboxGroup
          id="link-indicators"
          legend={t("indicators.links.indicators")}
          options={indicators.map((i) => ({ value: i.id, label: i.name }))}
          selected={indicatorIds}
          onChange={setIndicatorIds}
          error={errors.indicatorIds}
        />
        <TextField
          id="link-periods"
          label={t("indicators.links.periods")}
          hint={t("indicators.links.periodsHint")}
          value={periods}
          onChange={setPeriods}
          error={errors.periods}
        />
        <TextField
          id="link-expires"
          type="date"
          label={t("indicators.links.expiresOn")}
          value={expiresOn}
          onChange={setExpiresOn}
          error={errors.expiresOn}
        />
        <TextArea
          id="link-note"
          label={t("indicators.links.note")}
          optional
          value={note}
          onChange={setNote}
          error={errors.note}
        />
        <button className="kern-btn kern-btn--primary" type="submit" disabled={create.isPending}>
          <span className="kern-label">{t("indicators.links.createButton")}</span>
        </button>
      </form>
    </>
  );
}

/** The new link, shown once: only its hash is stored. */
function CreatedNotice({ link }: { link: CreatedLink }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const url = submissionUrl(link.token);
  return (
    <Alert tone="success" title={t("indicators.links.created")} role="status">
      <p className="kern-body">
        {t("indicators.links.createdOnce", { partner: link.partnerName })}
      </p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="created-link-url">
          {t("indicators.links.address")}
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
        <span className="kern-label">{t("indicators.links.copy")}</span>
      </button>
      {copied ? (
        <p className="kern-body" role="status">
          {t("indicators.links.copied")}
        </p>
      ) : null}
    </Alert>
  );
}

function stateOf(link: Link): "revoked" | "expired" | "active" {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.slice(0, 10) < new Date().toISOString().slice(0, 10)) return "expired";
  return "active";
}

function LinkTable({ items, names }: { items: Link[]; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en" : "de";
  const revoke = useRevokeLink();
  // The expiry is the last day (stored as its end in UTC): show the calendar day.
  const date = (iso: string | null) => (iso ? formatDate(iso.slice(0, 10), language) : "–");
  if (!items.length) return <Empty>{t("indicators.links.none")}</Empty>;
  return (
    <>
      {revoke.isError ? <ErrorNotice error={revoke.error} /> : null}
      <TableScroll>
        <table className="kern-table kern-table--striped" data-testid="link-table">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {(
                ["partner", "indicators", "periods", "expiresOn", "lastUsed", "state"] as const
              ).map((h) => (
                <th className="kern-table__header" scope="col" key={h}>
                  {t(`indicators.links.${h}`)}
                </th>
              ))}
              <th className="kern-table__header" scope="col">
                <span className="kern-sr-only">{t("indicators.links.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {items.map((l) => {
              const state = stateOf(l);
              return (
                <tr className="kern-table__row" key={l.id}>
                  <td className="kern-table__cell">
                    {l.partnerName}
                    {l.note ? <div className="kern-body kern-body--muted">{l.note}</div> : null}
                  </td>
                  <td className="kern-table__cell">
                    {l.indicatorIds.map((id) => names.get(id) ?? id).join(", ")}
                  </td>
                  <td className="kern-table__cell">
                    {l.periods.map((p) => periodLabel(p, language)).join(", ")}
                  </td>
                  <td className="kern-table__cell">{date(l.expiresAt)}</td>
                  <td className="kern-table__cell">{date(l.lastUsedAt)}</td>
                  <td className="kern-table__cell">
                    <Badge
                      tone={state === "active" ? "success" : "warning"}
                      label={t(`indicators.links.stateName.${state}`)}
                    />
                  </td>
                  <td className="kern-table__cell">
                    {state === "active" ? (
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary"
                        disabled={revoke.isPending}
                        onClick={() => {
                          if (window.confirm(t("indicators.links.revokeConfirm")))
                            revoke.mutate(l.id);
                        }}
                      >
                        <span className="kern-label">
                          {t("indicators.links.revoke")}
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
