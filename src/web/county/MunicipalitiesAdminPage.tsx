import "./county.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "../../contract/auth";
import type { Municipality } from "../../contract/municipalities";
import { may } from "../../contract/permissions";
import { RequireSignIn } from "../auth/RequireSignIn";
import { Badge } from "../components/Badge";
import { Page } from "../components/Page";
import { ErrorNotice, Loading } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { MunicipalityForm } from "./MunicipalityForm";
import { MunicipalityImport } from "./MunicipalityImport";
import { useMunicipalityList, useRetireMunicipality } from "./municipalitiesApi";

/** /landkreis/kommunen: the county's municipalities; the office adds, edits, retires, imports. */
export function MunicipalitiesAdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("county.municipalities.title")} lead={t("county.municipalities.lead")}>
      <RequireSignIn>{(me) => <Municipalities me={me} />}</RequireSignIn>
    </Page>
  );
}

function Municipalities({ me }: { me: Me }) {
  const { t } = useTranslation();
  const list = useMunicipalityList();
  const retire = useRetireMunicipality();
  const format = useFormat();
  const [editing, setEditing] = useState<Municipality | null>(null);
  const canEdit = may(me.user.role, "municipalities.edit");
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data;
  return (
    <div className="kurs-stack">
      <p className="kern-body">
        {/* The county's settings are the admin's (second factor); the others go back to the places. */}
        <Link
          className="kern-link"
          to={me.user.role === "admin" ? "/landkreis" : "/massnahmen/gemeinden"}
        >
          {t(
            me.user.role === "admin"
              ? "county.municipalities.toSettings"
              : "county.municipalities.toPlaces",
          )}
        </Link>
      </p>
      {retire.isError ? <ErrorNotice error={retire.error} /> : null}
      {rows.length === 0 ? (
        <p className="kern-body">{t("county.municipalities.none")}</p>
      ) : (
        <TableScroll label={t("county.municipalities.title")}>
          <table className="kern-table" data-testid="municipality-table">
            <caption className="kern-sr-only">{t("county.municipalities.title")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t("county.municipalities.name")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("county.municipalities.kind")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("county.municipalities.agsShort")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("county.municipalities.state")}
                </th>
                {canEdit ? (
                  <th className="kern-table__header" scope="col">
                    {t("county.municipalities.actions")}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((m) => (
                <tr className="kern-table__row" key={m.id}>
                  <th className="kern-table__cell kurs-municipality-name" scope="row">
                    {m.name}
                  </th>
                  <td className="kern-table__cell">{t(`byPlace.kinds.${m.kind}`)}</td>
                  <td className="kern-table__cell">{m.ags ?? "–"}</td>
                  <td className="kern-table__cell kurs-municipality-state">
                    {m.retiredAt ? (
                      <Badge
                        tone="warning"
                        label={t("county.municipalities.retiredSince", {
                          date: format.date(m.retiredAt.slice(0, 10)),
                        })}
                      />
                    ) : (
                      t("county.municipalities.active")
                    )}
                  </td>
                  {canEdit ? (
                    <td className="kern-table__cell">
                      <div className="kurs-row-actions">
                        <button
                          type="button"
                          className="kern-btn kern-btn--tertiary"
                          onClick={() => setEditing(m)}
                          aria-label={t("county.municipalities.editOne", { name: m.name })}
                        >
                          <span className="kern-label">{t("county.municipalities.edit")}</span>
                        </button>
                        <button
                          type="button"
                          className="kern-btn kern-btn--tertiary"
                          disabled={retire.isPending}
                          onClick={() => retire.mutate({ id: m.id, retired: !m.retiredAt })}
                          aria-label={t(
                            m.retiredAt
                              ? "county.municipalities.unretireOne"
                              : "county.municipalities.retireOne",
                            { name: m.name },
                          )}
                        >
                          <span className="kern-label">
                            {t(
                              m.retiredAt
                                ? "county.municipalities.unretire"
                                : "county.municipalities.retire",
                            )}
                          </span>
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canEdit ? (
        <>
          <p className="kern-body">{t("county.municipalities.retireExplained")}</p>
          <MunicipalityForm
            key={editing?.id ?? "new"}
            editing={editing}
            onDone={() => setEditing(null)}
          />
          <MunicipalityImport />
        </>
      ) : null}
    </div>
  );
}
