import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { partnerKindSchema, partnerSorts } from "../../contract/partners";
import { useMeasureOptions } from "../api/measures";
import { usePartners } from "../api/partners";
import { ExampleBadge } from "../components/Badge";
import { SelectField, TextField } from "../components/form";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { FilterForm, pickParams, SortDirectionField, useFilterDraft } from "./FilterForm";

const keys = ["kind", "q", "sort", "order"] as const;

/** /partner: the network partners with filter (kind, name) and sort, all in the URL. */
export function PartnersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const list = usePartners(pickParams((k) => params.get(k), keys).toString());
  const canEdit = useMeasureOptions().data?.canEdit ?? false;
  const { draft, set, submit } = useFilterDraft(keys, params, setParams);
  return (
    <Page title={t("partners.title")} lead={t("partners.intro")}>
      <p className="kurs-actions">
        {canEdit ? (
          <Link className="kern-btn kern-btn--primary" to="/partner/neu">
            <span className="kern-label">{t("partners.new")}</span>
          </Link>
        ) : null}
        <Link className="kern-link" to="/massnahmen">
          {t("timeline.back")}
        </Link>
      </p>
      <FilterForm titleId="partner-filter-title" onSubmit={submit}>
        <TextField
          id="partner-q"
          label={t("partners.search")}
          value={draft.q ?? ""}
          onChange={set("q")}
          type="search"
        />
        <SelectField
          id="partner-kind-filter"
          label={t("partners.kind")}
          value={draft.kind ?? ""}
          onChange={set("kind")}
          emptyLabel={t("measures.filter.any")}
          options={partnerKindSchema.options.map((k) => ({
            value: k,
            label: t(`partner.kind.${k}`),
          }))}
        />
        <SelectField
          id="partner-sort"
          label={t("measures.filter.sort")}
          value={draft.sort || "name"}
          onChange={set("sort")}
          options={partnerSorts.map((s) => ({
            value: s,
            label: t(`partners.sorts.${s}`),
          }))}
        />
        <SortDirectionField id="partner-order" value={draft.order ?? ""} onChange={set("order")} />
      </FilterForm>
      <QueryState query={list}>
        {(data) =>
          data.items.length ? (
            <TableScroll>
              <table className="kern-table kern-table--striped" data-testid="partner-table">
                <caption className="kern-title">
                  {t("partners.caption", { count: data.items.length })}
                </caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th className="kern-table__header" scope="col">
                      {t("partners.name")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("partners.kind")}
                    </th>
                    <th className="kern-table__header kern-table__header--numeric" scope="col">
                      {t("partners.measures")}
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {data.items.map((p) => (
                    <tr className="kern-table__row" key={p.id} data-testid="partner-row">
                      <td className="kern-table__cell">
                        <Link className="kern-link" to={`/partner/${p.id}`} lang="de">
                          {p.name}
                        </Link>{" "}
                        {p.isExample ? <ExampleBadge /> : null}
                      </td>
                      <td className="kern-table__cell">{t(`partner.kind.${p.kind}`)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {p.measureCount ? (
                          <Link
                            className="kern-link"
                            to={`/massnahmen?partner=${p.id}`}
                            aria-label={t("partners.measuresOf", {
                              count: p.measureCount,
                              name: p.name,
                            })}
                          >
                            {p.measureCount}
                          </Link>
                        ) : (
                          0
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <Empty>{t("partners.none")}</Empty>
          )
        }
      </QueryState>
    </Page>
  );
}
