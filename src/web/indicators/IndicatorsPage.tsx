import "./indicators.css";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { IndicatorSummary } from "../../contract/indicators";
import { may } from "../../contract/permissions";
import { indicatorRoutes as api } from "../../contract/routes/indicators";
import type { IndicatorStatus } from "../../domain/indicator";
import { apiAddress } from "../api/call";
import { useIndicators } from "../api/indicators";
import { useMe } from "../auth/session";
import { Badge } from "../components/Badge";
import { SelectField } from "../components/form";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { TrafficLight } from "../measures/TrafficLight";
import { formatFigure } from "./format";

type SortKey = "name" | "field" | "status";
const statusOrder: Record<IndicatorStatus, number> = {
  offTrack: 0,
  atRisk: 1,
  onTrack: 2,
  noData: 3,
};

/** Kennzahlenkatalog: filter by action field, sort; traffic light against the year's target. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const query = useIndicators();
  const [field, setField] = useState("");
  const [sort, setSort] = useState<SortKey>("field");
  const language = i18n.resolvedLanguage === "en" ? "en" : "de";
  const me = useMe();
  const role = me.data?.user.role;
  return (
    <Page title={t("indicators.title")} lead={t("indicators.lead")}>
      {may(role ?? "public", "indicators.edit") ? (
        <ul className="kurs-link-list" data-testid="indicator-editor-links">
          <li>
            <Link className="kern-link" to="/kennzahlen/verwalten">
              {t("indicators.manageDefinitions")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to="/kennzahlen/erfassungslinks">
              {t("indicators.manageLinks")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to="/kennzahlen/import">
              {t("indicators.importValues")}
            </Link>
          </li>
        </ul>
      ) : null}
      <QueryState query={query}>
        {(data) => (
          <Catalogue
            items={data.items}
            field={field}
            setField={setField}
            sort={sort}
            setSort={setSort}
            language={language}
          />
        )}
      </QueryState>
    </Page>
  );
}

function Catalogue(props: {
  items: IndicatorSummary[];
  field: string;
  setField: (v: string) => void;
  sort: SortKey;
  setSort: (v: SortKey) => void;
  language: "de" | "en";
}) {
  const { t } = useTranslation();
  const fields = useMemo(() => {
    const seen = new Map<string, string>();
    for (const i of props.items)
      if (i.actionField) seen.set(String(i.actionField.position), i.actionField.title);
    return [...seen.entries()].sort();
  }, [props.items]);
  const rows = props.items
    .filter((i) => !props.field || String(i.actionField?.position) === props.field)
    .sort((a, b) => {
      if (props.sort === "status") return statusOrder[a.status] - statusOrder[b.status];
      if (props.sort === "field")
        return (
          (a.actionField?.position ?? 9) - (b.actionField?.position ?? 9) ||
          a.name.localeCompare(b.name)
        );
      return a.name.localeCompare(b.name);
    });
  return (
    <>
      {/* The chart shows adopted indicators; a catalogue of proposals only would be an empty axis. */}
      {props.items.some((i) => !i.isProposal) ? (
        <img
          className="kurs-indicator-chart"
          src={apiAddress(api.getIndicatorStatusChart, { query: { lang: props.language } })}
          alt={t("indicators.statusChartAlt")}
        />
      ) : (
        <p className="kern-body" data-testid="indicator-status-empty">
          {t("indicators.statusChartEmpty")}
        </p>
      )}
      <div className="kurs-filters">
        <SelectField
          id="indicator-field"
          label={t("indicators.filterField")}
          value={props.field}
          onChange={props.setField}
          emptyLabel={t("indicators.allFields")}
          options={fields.map(([value, label]) => ({ value, label: `${value} ${label}` }))}
        />
        <SelectField
          id="indicator-sort"
          label={t("indicators.sortBy")}
          value={props.sort}
          onChange={(v) => props.setSort(v as SortKey)}
          options={(["field", "name", "status"] as const).map((v) => ({
            value: v,
            label: t(`indicators.sort.${v}`),
          }))}
        />
      </div>
      {rows.length === 0 ? (
        <Empty>{t("indicators.none")}</Empty>
      ) : (
        <TableScroll>
          <table className="kern-table kern-table--striped" data-testid="indicator-table">
            <caption className="kern-title">{t("indicators.tableCaption")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t("indicators.name")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("indicators.field")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("indicators.target")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("indicators.actual")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("indicators.statusHeader")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((i) => (
                <tr className="kern-table__row" key={i.id} data-testid={`indicator-row-${i.key}`}>
                  <td className="kern-table__cell">
                    <Link to={`/kennzahlen/${i.id}`}>{i.name}</Link>{" "}
                    {i.isProposal ? (
                      <Badge tone="warning" label={t("indicators.proposal")} />
                    ) : null}
                    {i.drafts > 0 ? (
                      <Badge tone="info" label={t("indicators.drafts", { count: i.drafts })} />
                    ) : null}
                  </td>
                  <td className="kern-table__cell">{i.actionField?.title ?? "–"}</td>
                  <td className="kern-table__cell">
                    {formatFigure(i.target, i.unit, props.language)}
                  </td>
                  <td className="kern-table__cell">
                    {formatFigure(i.actual, i.unit, props.language)}
                  </td>
                  <td className="kern-table__cell">
                    <TrafficLight light={i.trafficLight} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
