import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMeasureOptions, useMeasures } from "../api/measures";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { pickParams } from "./FilterForm";
import { ImportSection } from "./ImportSection";
import { MeasureFilters } from "./MeasureFilters";
import { MeasureTable } from "./MeasureTable";
import { MeasureTypeForm } from "./MeasureTypeForm";
import { measureListParams } from "./measure-list-params";
import { OverdueSettingForm } from "./OverdueSettingForm";

/** Only the list's own parameters go to the API (the URL may carry others, e.g. ?lang=). */
function apiQuery(params: URLSearchParams): string {
  return pickParams((k) => params.get(k), measureListParams).toString();
}

/** /massnahmen: the list with filters, search, sort and pages; everything in the URL. */
export function MeasuresPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const options = useMeasureOptions();
  const list = useMeasures(apiQuery(params));
  const page = Number(params.get("page") ?? 1);
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(n));
    setParams(next);
  };
  return (
    <Page title={t("measures.title")} lead={t("measures.intro")}>
      <nav className="kurs-actions" aria-label={t("measures.views")}>
        {options.data?.canEdit ? (
          <Link className="kern-btn kern-btn--primary" to="/massnahmen/neu">
            <span className="kern-label">{t("measures.new")}</span>
          </Link>
        ) : null}
        <Link className="kern-link" to="/massnahmen/zeitleiste">
          {t("timeline.title")}
        </Link>
        <Link className="kern-link" to="/massnahmen/gemeinden">
          {t("byPlace.title")}
        </Link>
        <Link className="kern-link" to="/partner">
          {t("partners.title")}
        </Link>
        {options.data?.canEdit ? (
          <Link className="kern-link" to="/kapazitaet">
            {t("capacity.link")}
          </Link>
        ) : null}
      </nav>
      <QueryState query={options}>
        {(data) => (
          <MeasureFilters
            key={params.toString()}
            options={data}
            params={params}
            onApply={setParams}
          />
        )}
      </QueryState>
      <section className="kurs-section" aria-label={t("measures.title")}>
        <QueryState query={list}>
          {(data) => {
            const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
            return (
              <>
                <MeasureTable items={data.items} total={data.total} />
                {pages > 1 ? (
                  <nav className="kurs-actions" aria-label={t("measures.pagination.label")}>
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary"
                      disabled={page <= 1}
                      onClick={() => goTo(page - 1)}
                    >
                      <span className="kern-label">{t("measures.pagination.previous")}</span>
                    </button>
                    <span className="kern-body" aria-current="page">
                      {t("measures.pagination.page", { page, pages })}
                    </span>
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary"
                      disabled={page >= pages}
                      onClick={() => goTo(page + 1)}
                    >
                      <span className="kern-label">{t("measures.pagination.next")}</span>
                    </button>
                  </nav>
                ) : null}
              </>
            );
          }}
        </QueryState>
      </section>
      {options.data?.canEdit ? <ImportSection /> : null}
      {options.data?.canEdit ? <OverdueSettingForm /> : null}
      {options.data?.canEdit ? <MeasureTypeForm types={options.data.measureTypes} /> : null}
    </Page>
  );
}
