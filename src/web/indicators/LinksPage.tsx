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
import { CheckboxGroup, fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { CreatedLinkNotice, SecretLinkTable, useLinkDay } from "../components/SecretLink";
import { useLanguage } from "../i18n/useFormat";

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
        <CreatedLinkNotice
          url={submissionUrl(created.token)}
          partnerName={created.partnerName}
          texts="indicators.links"
        />
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

function LinkTable({ items, names }: { items: Link[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const revoke = useRevokeLink();
  const date = useLinkDay();
  return (
    <SecretLinkTable
      texts="indicators.links"
      testId="link-table"
      headers={(["indicators", "periods", "expiresOn", "lastUsed"] as const).map((h) =>
        t(`indicators.links.${h}`),
      )}
      items={items}
      revoke={revoke}
      cells={(l) => (
        <>
          <td className="kern-table__cell">
            {l.indicatorIds.map((id) => names.get(id) ?? id).join(", ")}
          </td>
          <td className="kern-table__cell">
            {l.periods.map((p) => periodLabel(p, language)).join(", ")}
          </td>
          <td className="kern-table__cell">{date(l.expiresAt)}</td>
          <td className="kern-table__cell">{date(l.lastUsedAt)}</td>
        </>
      )}
    />
  );
}
