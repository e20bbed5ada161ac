import "./indicators.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Indicator } from "../../contract/indicators";
import { indicatorRoutes as api } from "../../contract/routes/indicators";
import { periodLabel } from "../../domain/indicator";
import { apiAddress } from "../api/call";
import {
  useAdoptIndicator,
  useApproveValues,
  useEnterValue,
  useIndicator,
  useSetTargets,
} from "../api/indicators";
import { Alert } from "../components/Alert";
import { Badge } from "../components/Badge";
import { fieldErrors, TextField } from "../components/form";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { TrafficLight } from "../measures/TrafficLight";
import { inputOf } from "./definition-values";
import { formatFigure } from "./format";

/** A proposal's values do not count anywhere: say so, and offer adoption to the office. */
function ProposalNotice({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const adopt = useAdoptIndicator(inputOf);
  if (!indicator.isProposal && !adopt.isSuccess) return null;
  return (
    <div data-testid="proposal-notice">
      {adopt.isSuccess ? (
        <Alert tone="success" title={t("indicators.proposalAdopted")} />
      ) : (
        <Alert tone="warning" title={t("indicators.proposal")}>
          <p className="kern-body">{t("indicators.proposalHint")}</p>
          {indicator.canEdit ? (
            <button
              type="button"
              className="kern-btn kern-btn--primary kern-btn--small"
              onClick={() => adopt.mutate(indicator.id)}
              disabled={adopt.isPending}
            >
              <span className="kern-label">{t("indicators.proposalAdopt")}</span>
            </button>
          ) : null}
        </Alert>
      )}
      {adopt.isError ? <ErrorNotice error={adopt.error} /> : null}
    </div>
  );
}

/** One indicator: chart (as image, with a data table), targets, values, entry and approval. */
export function IndicatorPage() {
  const { id = "" } = useParams();
  const query = useIndicator(id);
  return (
    <QueryState query={query}>
      {(indicator) => (
        <Page title={indicator.name} lead={indicator.description ?? undefined}>
          <Details indicator={indicator} />
        </Page>
      )}
    </QueryState>
  );
}

function Details({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en" : "de";
  const fmt = (v: number | null) => formatFigure(v, indicator.unit, language);
  // The image changes when the figures do: the series and targets go into the address.
  const version = `${indicator.series.map((p) => `${p.period}:${p.value}`).join(",")}|${indicator.targets.map((x) => `${x.year}:${x.value}`).join(",")}`;
  return (
    <>
      <ProposalNotice indicator={indicator} />
      <p className="kern-body" data-testid="indicator-status">
        {t("indicators.statusIn", { year: indicator.year })}{" "}
        <TrafficLight light={indicator.trafficLight} /> · {t("indicators.target")}:{" "}
        {fmt(indicator.target)} · {t("indicators.actual")}: {fmt(indicator.actual)}
        {indicator.isProposal ? (
          <>
            {" "}
            <Badge tone="warning" label={t("indicators.proposal")} />
          </>
        ) : null}
      </p>
      <p className="kern-body kern-body--muted">
        {t(`indicators.unit.${indicator.unit}`)} ·{" "}
        {t(`indicators.periodicity.${indicator.periodicity}`)} ·{" "}
        {t(`indicators.direction.${indicator.direction}`)}
        {indicator.source ? ` · ${t("indicators.source")}: ${indicator.source}` : ""}
      </p>
      {indicator.canEdit ? (
        <p className="kern-body">
          <Link className="kern-link" to={`/kennzahlen/${indicator.id}/bearbeiten`}>
            {t("indicators.definitions.editThis")}
          </Link>
        </p>
      ) : null}
      <h2 className="kern-heading-medium">{t("indicators.chart")}</h2>
      <img
        className="kurs-indicator-chart"
        data-testid="indicator-chart"
        src={apiAddress(api.getIndicatorChart, {
          params: { id: indicator.id },
          query: { v: version, lang: language },
        })}
        alt={t("indicators.chartAlt", { name: indicator.name })}
      />
      <TableScroll>
        <table className="kern-table kern-table--striped" data-testid="indicator-series">
          <caption className="kern-title">{t("indicators.seriesCaption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t("indicators.period")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("indicators.value")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {indicator.series.map((p) => (
              <tr className="kern-table__row" key={p.period}>
                <td className="kern-table__cell">{periodLabel(p.period, language)}</td>
                <td className="kern-table__cell">{fmt(p.value)}</td>
              </tr>
            ))}
            {indicator.targets.map((x) => (
              <tr className="kern-table__row" key={`target-${x.year}`}>
                <td className="kern-table__cell">
                  {t("indicators.target")} {x.year}
                </td>
                <td className="kern-table__cell">{fmt(x.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {indicator.canEdit ? <TargetForm indicator={indicator} /> : null}
      <Values indicator={indicator} />
      {indicator.canEnter ? <ValueForm indicator={indicator} /> : null}
    </>
  );
}

function TargetForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const save = useSetTargets(indicator.id);
  const [year, setYear] = useState(String(indicator.year));
  const [value, setValue] = useState("");
  const errors = fieldErrors(save.error);
  return (
    <form
      className="kurs-form"
      onSubmit={(e) => {
        e.preventDefault();
        const others = indicator.targets
          .filter((x) => x.year !== Number(year))
          .map((x) => ({ year: x.year, value: x.value, note: x.note }));
        save.mutate({
          targets: [...others, { year: Number(year), value: Number(value.replace(",", ".")) }],
        });
      }}
    >
      <h2 className="kern-heading-medium">{t("indicators.setTarget")}</h2>
      <TextField
        id="target-year"
        label={t("indicators.year")}
        value={year}
        onChange={setYear}
        error={errors.targets}
      />
      <TextField
        id="target-value"
        label={t("indicators.targetValue")}
        value={value}
        onChange={setValue}
      />
      <button className="kern-btn kern-btn--secondary" type="submit" disabled={save.isPending}>
        <span className="kern-label">{t("indicators.saveTarget")}</span>
      </button>
    </form>
  );
}

function Values({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === "en" ? "en" : "de";
  const approve = useApproveValues(indicator.id);
  const drafts = indicator.values.filter((v) => v.status === "draft");
  return (
    <section aria-labelledby="values-heading">
      <h2 className="kern-heading-medium" id="values-heading">
        {t("indicators.values")}
      </h2>
      {approve.isError ? <ErrorNotice error={approve.error} /> : null}
      <TableScroll>
        <table className="kern-table kern-table--striped" data-testid="indicator-values">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t("indicators.period")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("indicators.municipality")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("indicators.value")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("indicators.enteredBy")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("indicators.valueStatus")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {indicator.values.map((v) => (
              <tr className="kern-table__row" key={v.id}>
                <td className="kern-table__cell">{periodLabel(v.period, language)}</td>
                <td className="kern-table__cell">
                  {v.municipality?.name ?? t("indicators.county")}
                </td>
                <td className="kern-table__cell">
                  {v.mark
                    ? `${v.mark} (${t("indicators.withheld")})`
                    : formatFigure(v.value, indicator.unit, language)}
                </td>
                <td className="kern-table__cell">{v.partnerName ?? t("indicators.office")}</td>
                <td className="kern-table__cell">
                  <Badge
                    tone={v.status === "approved" ? "success" : "info"}
                    label={t(`indicators.valueStatusName.${v.status}`)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {indicator.canEdit && drafts.length ? (
        <button
          className="kern-btn kern-btn--primary"
          type="button"
          disabled={approve.isPending}
          onClick={() => approve.mutate({ valueIds: drafts.map((d) => d.id) })}
        >
          <span className="kern-label">
            {t("indicators.approveDrafts", { count: drafts.length })}
          </span>
        </button>
      ) : null}
    </section>
  );
}

function ValueForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const enter = useEnterValue(indicator.id);
  const [period, setPeriod] = useState("");
  const [value, setValue] = useState("");
  const errors = fieldErrors(enter.error);
  return (
    <form
      className="kurs-form"
      onSubmit={(e) => {
        e.preventDefault();
        const mark =
          value.trim() === "." || value.trim() === "*" ? (value.trim() as "." | "*") : null;
        const number = mark ? null : Number(value.replace(/\./g, "").replace(",", "."));
        enter.mutate(
          { period: period.trim(), value: mark ? null : number, mark },
          { onSuccess: () => setValue("") },
        );
      }}
    >
      <h2 className="kern-heading-medium">{t("indicators.enterValue")}</h2>
      {enter.isSuccess ? (
        <Alert tone="success" title={t("indicators.savedDraft")} role="status" />
      ) : null}
      <TextField
        id="value-period"
        label={t("indicators.period")}
        hint={t(`indicators.periodHint.${indicator.periodicity}`)}
        value={period}
        onChange={setPeriod}
        error={errors.period}
      />
      <TextField
        id="value-value"
        label={t("indicators.value")}
        hint={t("indicators.valueHint")}
        value={value}
        onChange={setValue}
        error={errors.value}
      />
      <button className="kern-btn kern-btn--primary" type="submit" disabled={enter.isPending}>
        <span className="kern-label">{t("indicators.saveValue")}</span>
      </button>
    </form>
  );
}
