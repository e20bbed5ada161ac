import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { MeasuresByMunicipality } from "../../contract/measure-views";
import { may } from "../../contract/permissions";
import { measureStatuses } from "../../domain/measure-status";
import { municipalityKinds } from "../../domain/partners";
import { useByMunicipality } from "../api/measures";
import { useMe } from "../auth/session";
import { SelectField } from "../components/form";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";

type Row = MeasuresByMunicipality["municipalities"][number];

/** A count that links to the list filtered to this place (and status) when there is something. */
function CountLink({ n, to, label }: { n: number; to: string; label: string }) {
  if (n === 0) return <>0</>;
  return (
    <Link className="kern-link" to={to} aria-label={label}>
      {n}
    </Link>
  );
}

/**
 * /massnahmen/gemeinden: measures by Stadt, Gemeinde and Samtgemeinde, counted by status, without
 * a map. Each count links to the measure list filtered to that place; filter and sort in the URL.
 */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const data = useByMunicipality();
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind") ?? "";
  const sort = params.get("sort") ?? "county";
  const set = (key: string) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const order = (rows: Row[]) => {
    const filtered = rows.filter((r) => !kind || r.kind === kind);
    if (sort === "name") return [...filtered].sort((a, b) => a.name.localeCompare(b.name, "de"));
    if (sort === "total")
      return [...filtered].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "de"));
    return filtered;
  };
  // The office keeps the list of municipalities (permission municipalities.edit).
  const role = me.data?.user.role;
  const editsPlaces = role ? may(role, "municipalities.edit") : false;
  return (
    <Page title={t("byPlace.title")} lead={t("byPlace.intro")}>
      <p className="kurs-actions">
        <Link className="kern-link" to="/massnahmen">
          {t("timeline.back")}
        </Link>
        {editsPlaces ? (
          <Link className="kern-link" to="/landkreis/kommunen">
            {t("county.toMunicipalities")}
          </Link>
        ) : null}
      </p>
      <div className="kurs-filter-grid">
        <SelectField
          id="place-kind"
          label={t("byPlace.kind")}
          value={kind}
          onChange={set("kind")}
          emptyLabel={t("measures.filter.any")}
          options={municipalityKinds.map((k) => ({ value: k, label: t(`byPlace.kinds.${k}`) }))}
        />
        <SelectField
          id="place-sort"
          label={t("byPlace.sort")}
          value={sort}
          onChange={set("sort")}
          options={(["county", "name", "total"] as const).map((s) => ({
            value: s,
            label: t(`byPlace.sorts.${s}`),
          }))}
        />
      </div>
      <QueryState query={data}>
        {(d) => (
          <TableScroll>
            <table className="kern-table kern-table--striped" data-testid="municipality-table">
              <caption className="kern-title">{t("byPlace.caption")}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("byPlace.place")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("byPlace.kind")}
                  </th>
                  {measureStatuses.map((s) => (
                    <th
                      key={s}
                      className="kern-table__header kern-table__header--numeric"
                      scope="col"
                    >
                      {t(`measures.status.${s}`)}
                    </th>
                  ))}
                  <th className="kern-table__header kern-table__header--numeric" scope="col">
                    {t("byPlace.total")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {order(d.municipalities).map((m) => (
                  <tr className="kern-table__row" key={m.id} data-testid="municipality-row">
                    <th className="kern-table__cell" scope="row" lang="de">
                      {m.name}
                    </th>
                    <td className="kern-table__cell">{t(`byPlace.kinds.${m.kind}`)}</td>
                    {measureStatuses.map((s) => (
                      <td key={s} className="kern-table__cell kern-table__cell--numeric">
                        <CountLink
                          n={m.counts[s]}
                          to={`/massnahmen?municipality=${m.id}&status=${s}`}
                          label={t("byPlace.countLabel", {
                            count: m.counts[s],
                            place: m.name,
                            status: t(`measures.status.${s}`),
                          })}
                        />
                      </td>
                    ))}
                    <td className="kern-table__cell kern-table__cell--numeric">
                      <CountLink
                        n={m.total}
                        to={`/massnahmen?municipality=${m.id}`}
                        label={t("byPlace.totalLabel", { count: m.total, place: m.name })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="kern-table__row">
                  <th className="kern-table__cell" scope="row">
                    {t("byPlace.countyWide")}
                  </th>
                  <td className="kern-table__cell">{t("byPlace.kinds.county")}</td>
                  {measureStatuses.map((s) => (
                    <td key={s} className="kern-table__cell kern-table__cell--numeric">
                      {d.countyWide.counts[s]}
                    </td>
                  ))}
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {d.countyWide.total}
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        )}
      </QueryState>
      <p className="kern-hint">{t("byPlace.note")}</p>
    </Page>
  );
}
